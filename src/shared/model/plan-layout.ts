/** The plan's `layout` record (format 2): `{ style?, relayoutOnCollapse?, cardFields?, ...unknown }`. */
import { checkExtraValues, checkKeys, optionalBoolean, requireObject } from './checks';
import { childPath, pickExtras } from './json';
import { MAX_CARD_FIELDS } from './limits';
import { fieldNameProblem } from './node-fields';
import type { ProblemList } from './problems';
import { LAYOUT_STYLES, type LayoutStyle, type PlanLayout } from './types';

export const PLAN_LAYOUT_KEYS = ['style', 'relayoutOnCollapse', 'cardFields'] as const;
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
  const cardFields = readCardFields(obj.cardFields, childPath(path, 'cardFields'), problems);
  checkExtraValues(obj, PLAN_LAYOUT_KEY_SET, path, problems);
  if (problems.items.length !== before) return undefined;
  const extra = pickExtras(obj, PLAN_LAYOUT_KEY_SET);
  return {
    ...(style !== undefined && { style }),
    ...(relayoutOnCollapse !== undefined && { relayoutOnCollapse }),
    ...(cardFields !== undefined && { cardFields }),
    ...(extra !== undefined && { extra }),
  };
}

/** Field names shown on the cards: distinct valid field names, at most MAX_CARD_FIELDS. */
function readCardFields(value: unknown, path: string, problems: ProblemList): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    problems.add(path, 'expected an array of field names');
    return undefined;
  }
  if (value.length > MAX_CARD_FIELDS) {
    problems.add(path, `at most ${MAX_CARD_FIELDS} field names, found ${value.length}`);
    return undefined;
  }
  const seen = new Set<string>();
  value.forEach((name: unknown, i) => {
    const at = childPath(path, i);
    if (typeof name !== 'string') problems.add(at, 'expected a string');
    else if (seen.has(name)) problems.add(at, `"${name}" is listed twice`);
    else {
      const problem = fieldNameProblem(name);
      if (problem !== undefined) problems.add(at, problem);
      seen.add(name);
    }
  });
  return [...seen];
}
