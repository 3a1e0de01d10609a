/** Nodes folded away by collapsed managers, computed once per (plan, collapsed) pair. */
import { hiddenByCollapse } from '@shared/edit';
import type { Plan } from '@shared/model/types';

const NONE: ReadonlySet<string> = new Set();
let last: { plan: Plan; collapsed: ReadonlySet<string>; hidden: ReadonlySet<string> } | undefined;

export function hiddenNodes(plan: Plan, collapsed: ReadonlySet<string>): ReadonlySet<string> {
  if (collapsed.size === 0) return NONE;
  if (last?.plan === plan && last.collapsed === collapsed) return last.hidden;
  const hidden = hiddenByCollapse(plan, collapsed);
  last = { plan, collapsed, hidden };
  return hidden;
}
