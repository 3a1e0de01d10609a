/** The Node record: its validator and its key order for writing. */
import {
  checkExtraValues,
  checkKeys,
  optionalBoolean,
  optionalInteger,
  optionalString,
  requireObject,
  requiredEnum,
  requiredId,
  requiredString,
} from './checks';
import { childPath, isJsonObject, pickExtras, type JsonObject } from './json';
import type { ProblemList } from './problems';
import { NODE_KINDS, SCOPES, type PlanNode, type Position } from './types';

/** Known keys in the order format.md's table gives them; the serializer writes them so. */
export const NODE_KEYS = ['id', 'kind', 'name', 'title', 'level', 'scope', 'position', 'vacant', 'notes'] as const;
const NODE_KEY_SET: ReadonlySet<string> = new Set(NODE_KEYS);
const POSITION_KEY_SET: ReadonlySet<string> = new Set(['x', 'y']);

function readPosition(obj: JsonObject, path: string, problems: ProblemList): Position | undefined {
  const value = obj.position;
  if (value === undefined) return undefined;
  const posPath = childPath(path, 'position');
  if (!isJsonObject(value)) {
    problems.add(posPath, 'expected an object { "x": number, "y": number }');
    return undefined;
  }
  checkKeys(value, posPath, problems);
  const { x, y } = value;
  for (const [key, coordinate] of [['x', x] as const, ['y', y] as const]) {
    if (typeof coordinate !== 'number' || !Number.isFinite(coordinate)) {
      problems.add(childPath(posPath, key), 'expected a number');
      return undefined;
    }
  }
  checkExtraValues(value, POSITION_KEY_SET, posPath, problems);
  return { x: x as number, y: y as number };
}

export function readNode(value: unknown, path: string, problems: ProblemList): PlanNode | undefined {
  const obj = requireObject(value, path, problems);
  if (obj === undefined) return undefined;
  const before = problems.items.length;
  checkKeys(obj, path, problems);
  const id = requiredId(obj, 'id', path, problems);
  const kind = requiredEnum(obj, 'kind', NODE_KINDS, path, problems);
  const name = requiredString(obj, 'name', path, problems);
  const title = optionalString(obj, 'title', path, problems);
  const level = optionalInteger(obj, 'level', path, problems);
  const position = readPosition(obj, path, problems);
  const vacant = optionalBoolean(obj, 'vacant', path, problems);
  const notes = optionalString(obj, 'notes', path, problems);
  let scope: PlanNode['scope'];
  if (kind === 'stakeholder') {
    scope = requiredEnum(obj, 'scope', SCOPES, path, problems);
  } else if (obj.scope !== undefined && kind !== undefined) {
    problems.add(childPath(path, 'scope'), 'only stakeholders have a scope');
  }
  if ((kind === 'team' || kind === 'stakeholder') && obj.vacant !== undefined) {
    problems.add(childPath(path, 'vacant'), `a ${kind} cannot be vacant; only pm, po and person nodes can`);
  }
  checkExtraValues(obj, NODE_KEY_SET, path, problems);
  if (problems.items.length !== before || id === undefined || kind === undefined || name === undefined) {
    return undefined;
  }
  const extra = pickExtras(obj, NODE_KEY_SET);
  return {
    id,
    kind,
    name,
    ...(title !== undefined && { title }),
    ...(level !== undefined && { level }),
    ...(scope !== undefined && { scope }),
    ...(position !== undefined && { position }),
    ...(vacant !== undefined && { vacant }),
    ...(notes !== undefined && { notes }),
    ...(extra !== undefined && { extra }),
  };
}
