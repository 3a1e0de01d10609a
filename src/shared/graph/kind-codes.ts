/**
 * Small integer codes for node and edge kinds, in the order of NODE_KINDS and
 * EDGE_KINDS: what the graph index stores in its typed arrays.
 */
import type { EdgeKind, NodeKind } from '../model/types';

/** Switches on the kind: plain string comparisons, cheaper per record than a keyed property load. */
export function nodeKindCode(kind: NodeKind): number {
  switch (kind) {
    case 'pm':
      return 0;
    case 'po':
      return 1;
    case 'person':
      return 2;
    case 'team':
      return 3;
    case 'stakeholder':
      return 4;
  }
}

export function edgeKindCode(kind: EdgeKind): number {
  switch (kind) {
    case 'reports-to':
      return 0;
    case 'dotted-line':
      return 1;
    case 'member-of':
      return 2;
    case 'engages':
      return 3;
  }
}

/** The person kinds (pm, po, person) have the first three codes. */
export function isPersonCode(code: number): boolean {
  return code >= 0 && code <= 2;
}
