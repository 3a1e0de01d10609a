/**
 * The plan's waivers, looked up by (rule id, node id), remembering which ones
 * accepted a violation: what is left over is stale.
 */
import type { Waiver } from '../../model/types';

export interface WaiverEntry {
  /** Of two waivers for the same pair the smaller reason wins, so waiver order never shows. */
  reason: string;
  used: boolean;
}

/**
 * The waiver that accepts a violation about `nodeIds`, from its rule's
 * waivers by node id: the first node's, or with `anyNode` (rules about one
 * person on several nodes, RuleMeta.waivedOnAnyNode) any node's. Every
 * matching waiver is marked used (so waiving both nodes of a pair leaves
 * neither stale), and the first one gives the reason.
 */
export function acceptingWaiver(
  byNode: ReadonlyMap<string, WaiverEntry> | undefined,
  anyNode: boolean,
  nodeIds: readonly string[],
): WaiverEntry | undefined {
  if (byNode === undefined || nodeIds.length === 0) return undefined;
  const count = anyNode ? nodeIds.length : 1;
  let found: WaiverEntry | undefined;
  for (let k = 0; k < count; k++) {
    const entry = byNode.get(nodeIds[k] as string);
    if (entry === undefined) continue;
    entry.used = true;
    found ??= entry;
  }
  return found;
}

export class WaiverBook {
  private readonly byRule = new Map<string, Map<string, WaiverEntry>>();

  constructor(waivers: readonly Waiver[]) {
    for (const waiver of waivers) {
      let byNode = this.byRule.get(waiver.ruleId);
      if (byNode === undefined) {
        byNode = new Map();
        this.byRule.set(waiver.ruleId, byNode);
      }
      const entry = byNode.get(waiver.nodeId);
      if (entry === undefined) byNode.set(waiver.nodeId, { reason: waiver.reason, used: false });
      else if (waiver.reason < entry.reason) entry.reason = waiver.reason;
    }
  }

  /** The waivers of one rule by node id; fetched once per rule, so emitting costs one lookup. */
  forRule(ruleId: string): ReadonlyMap<string, WaiverEntry> | undefined {
    return this.byRule.get(ruleId);
  }

  /** Whether some violation was accepted by this waiver (or by an identical one). */
  isUsed(waiver: Waiver): boolean {
    return this.byRule.get(waiver.ruleId)?.get(waiver.nodeId)?.used === true;
  }
}
