/**
 * unknown-rule: a rule id in the plan's settings or in a waiver that this
 * build does not know, reported once per id (it may come from a newer
 * version, so it is information, never an error).
 */
import type { Plan } from '../../model/types';
import { isKnownRule } from '../catalog';
import type { Emit } from '../context';
import type { GraphIndex } from '../../graph';

interface Sighting {
  inSettings: boolean;
  waivers: number;
  nodeIds: Set<string>;
}

function describeWhere(sighting: Sighting): string {
  const waivers = sighting.waivers === 1 ? 'a waiver' : `${sighting.waivers} waivers`;
  if (!sighting.inSettings) return `in ${waivers}`;
  return sighting.waivers === 0 ? "in the plan's rule settings" : `in the plan's rule settings and in ${waivers}`;
}

export function checkUnknownRules(plan: Plan, index: GraphIndex, emit: Emit): void {
  const sightings = new Map<string, Sighting>();
  const sighting = (ruleId: string): Sighting => {
    let found = sightings.get(ruleId);
    if (found === undefined) {
      found = { inSettings: false, waivers: 0, nodeIds: new Set() };
      sightings.set(ruleId, found);
    }
    return found;
  };
  if (plan.rules !== undefined) {
    for (const ruleId of Object.keys(plan.rules)) if (!isKnownRule(ruleId)) sighting(ruleId).inSettings = true;
  }
  for (const waiver of plan.waivers ?? []) {
    if (isKnownRule(waiver.ruleId)) continue;
    const found = sighting(waiver.ruleId);
    found.waivers++;
    if (index.hasNode(waiver.nodeId)) found.nodeIds.add(waiver.nodeId);
  }
  for (const [ruleId, found] of sightings) {
    emit([...found.nodeIds].sort(), [], `Unknown rule "${ruleId}" ${describeWhere(found)}`);
  }
}
