/** The plan's `layout` record (format 2): `{ style?, relayoutOnCollapse?, ...unknown }`. */
import { checkExtraValues, checkKeys, optionalBoolean, requireObject } from './checks';
import { childPath, pickExtras } from './json';
import type { ProblemList } from './problems';
import { LAYOUT_STYLES, type LayoutStyle, type PlanLayout } from './types';

export const PLAN_LAYOUT_KEYS = ['style', 'relayoutOnCollapse'] as const;
const PLAN_LAYOUT_KEY_SET: ReadonlySet<string> = new Set(PLAN_LAYOUT_KEYS);

export function readPlanLayout(value: unknown, path: string, problems: ProblemList): PlanLayout | undefined {
  const obj = requireObject(value, path, problems);
  if (obj === undefined) return undefined;
  const before = problems.items.length;
  checkKeys(obj, path, problems);
  let style: LayoutStyle | undefined;
  if (obj.style !== undefined) {
    if (typeof obj.style === 'string' && (LAYOUT_STYLES as readonly string[]).includes(obj.style)) {
      style = obj.style as LayoutStyle;
    } else problems.add(childPath(path, 'style'), `expected one of ${LAYOUT_STYLES.join(', ')}`);
  }
  const relayoutOnCollapse = optionalBoolean(obj, 'relayoutOnCollapse', path, problems);
  checkExtraValues(obj, PLAN_LAYOUT_KEY_SET, path, problems);
  if (problems.items.length !== before) return undefined;
  const extra = pickExtras(obj, PLAN_LAYOUT_KEY_SET);
  return {
    ...(style !== undefined && { style }),
    ...(relayoutOnCollapse !== undefined && { relayoutOnCollapse }),
    ...(extra !== undefined && { extra }),
  };
}
