/**
 * unknown-rule: a rule id in the plan's settings or in a waiver that this
 * build does not know, reported once per id (it may come from a newer
 * version, so it is information, never an error).
 */
import { defineRule } from './support/rule-types';

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

export const unknownRule = defineRule({
  meta: {
    id: 'unknown-rule',
    defaultSeverity: 'info',
    origin: 'structure',
    summary: 'Rule settings and waivers name only rules this version of Org Planner knows.',
    fixHint:
      'Correct the rule id’s spelling, or remove the setting or waiver (it may come from a newer version of Org Planner).',
    waivable: false,
  },
  reads: { scope: 'settings' },
  check: ({ plan, index, catalog }, emit) => {
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
      for (const ruleId of Object.keys(plan.rules)) if (!catalog.has(ruleId)) sighting(ruleId).inSettings = true;
    }
    for (const waiver of plan.waivers ?? []) {
      if (catalog.has(waiver.ruleId)) continue;
      const found = sighting(waiver.ruleId);
      found.waivers++;
      if (index.hasNode(waiver.nodeId)) found.nodeIds.add(waiver.nodeId);
    }
    for (const [ruleId, found] of sightings) {
      emit([...found.nodeIds].sort(), [], `Unknown rule "${ruleId}" ${describeWhere(found)}`);
    }
  },
});
