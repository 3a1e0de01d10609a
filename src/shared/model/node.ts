/** The Node record: its validator and its key order for writing. */
import {
  checkExtraValues,
  checkKeys,
  onlyKnownKeys,
  optionalBoolean,
  optionalInteger,
  optionalString,
  requireObject,
  requiredEnum,
  requiredId,
  requiredString,
} from './checks';
import { childPath, isJsonObject, pickExtras, type JsonObject } from './json';
import { arePlainFields, readNodeFields } from './node-fields';
import { hasKeysInOrder } from './json';
import type { ProblemList } from './problems';
import { NODE_KINDS, SCOPES, type PlanNode, type Position } from './types';

/** Known keys in the order format.md's table gives them; the serializer writes them so. */
export const NODE_KEYS = [
  'id',
  'kind',
  'name',
  'title',
  'level',
  'scope',
  'position',
  'vacant',
  'notes',
  'fields',
] as const;
const NODE_KEY_SET: ReadonlySet<string> = new Set(NODE_KEYS);
const POSITION_KEYS = ['x', 'y'] as const;
const POSITION_KEY_SET: ReadonlySet<string> = new Set(POSITION_KEYS);
const NODE_KIND_SET: ReadonlySet<string> = new Set(NODE_KINDS);

/** A position exactly `{ x, y }` with finite numbers, as a new object; undefined for anything else. */
function plainPosition(value: unknown): Position | undefined {
  if (!isJsonObject(value) || !onlyKnownKeys(value, POSITION_KEY_SET)) return undefined;
  const { x, y } = value;
  if (typeof x === 'number' && Number.isFinite(x) && typeof y === 'number' && Number.isFinite(y)) return { x, y };
  return undefined;
}

function readPosition(obj: JsonObject, path: string, problems: ProblemList): Position | undefined {
  const value = obj.position;
  if (value === undefined) return undefined;
  const plain = plainPosition(value);
  if (plain !== undefined) return plain;
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
  const plain = onlyKnownKeys(obj, NODE_KEY_SET);
  if (!plain) checkKeys(obj, path, problems);
  const id = requiredId(obj, 'id', path, problems);
  const kind = requiredEnum(obj, 'kind', NODE_KINDS, path, problems);
  const name = requiredString(obj, 'name', path, problems);
  const title = optionalString(obj, 'title', path, problems);
  const level = optionalInteger(obj, 'level', path, problems);
  const position = readPosition(obj, path, problems);
  const vacant = optionalBoolean(obj, 'vacant', path, problems);
  const notes = optionalString(obj, 'notes', path, problems);
  const fields = readNodeFields(obj, path, problems);
  let scope: PlanNode['scope'];
  if (kind === 'stakeholder') {
    scope = requiredEnum(obj, 'scope', SCOPES, path, problems);
  } else if (obj.scope !== undefined && kind !== undefined) {
    problems.add(childPath(path, 'scope'), 'only stakeholders have a scope');
  }
  if ((kind === 'team' || kind === 'stakeholder') && obj.vacant !== undefined) {
    problems.add(childPath(path, 'vacant'), `a ${kind} cannot be vacant; only pm, po and person nodes can`);
  }
  if (!plain) checkExtraValues(obj, NODE_KEY_SET, path, problems);
  if (problems.items.length !== before || id === undefined || kind === undefined || name === undefined) {
    return undefined;
  }
  const extra = plain ? undefined : pickExtras(obj, NODE_KEY_SET);
  // Assigned one by one rather than spread from temporary objects: this runs once per node of every file opened.
  const node: { -readonly [K in keyof PlanNode]: PlanNode[K] } = { id, kind, name };
  if (title !== undefined) node.title = title;
  if (level !== undefined) node.level = level;
  if (scope !== undefined) node.scope = scope;
  if (position !== undefined) node.position = position;
  if (vacant !== undefined) node.vacant = vacant;
  if (notes !== undefined) node.notes = notes;
  if (fields !== undefined) node.fields = fields;
  if (extra !== undefined) node.extra = extra;
  return node;
}

/**
 * readNode for the node almost every file is made of: an object of known keys only, each field valid. It gives
 * the node readNode gives, without a path, a problem list or a temporary object; for anything else it gives
 * undefined, and readNode then reads the node again and names its problems (plan-body.ts), so every message
 * still comes from readNode. Runs once per node of every file opened.
 */
export function readPlainNode(value: unknown): PlanNode | undefined {
  if (!isJsonObject(value)) return undefined;
  // Keys in readNode's order (what the app writes): the parsed object may be the node readNode would build.
  const ordered = hasKeysInOrder(value, NODE_KEYS);
  if (!ordered && !onlyKnownKeys(value, NODE_KEY_SET)) return undefined;
  const { id, kind, name, title, level, scope, position, vacant, notes, fields } = value;
  if (typeof id !== 'string' || id === '' || typeof kind !== 'string' || !NODE_KIND_SET.has(kind)) return undefined;
  if (typeof name !== 'string' || (title !== undefined && typeof title !== 'string')) return undefined;
  if (level !== undefined && (typeof level !== 'number' || !Number.isInteger(level))) return undefined;
  if (notes !== undefined && typeof notes !== 'string') return undefined;
  if (vacant !== undefined && (typeof vacant !== 'boolean' || kind === 'team' || kind === 'stakeholder')) {
    return undefined;
  }
  let stakeholderScope: PlanNode['scope'];
  if (kind === 'stakeholder') {
    if (scope !== 'internal' && scope !== 'external') return undefined;
    stakeholderScope = scope;
  } else if (scope !== undefined) return undefined;
  const place = position === undefined ? undefined : plainPosition(position);
  if (position !== undefined && place === undefined) return undefined;
  if (fields !== undefined && !arePlainFields(fields)) return undefined;
  // Position's keys in order too: the parsed object is the node readNode would build, kept rather than copied
  // (a plan of a million nodes holds no second copy of its nodes while it loads).
  if (ordered && (position === undefined || hasKeysInOrder(position, POSITION_KEYS))) {
    return value as unknown as PlanNode;
  }
  const named = fields === undefined ? undefined : { ...fields };
  // The same fields in the same order as readNode's node.
  const node: { -readonly [K in keyof PlanNode]: PlanNode[K] } = { id, kind: kind as PlanNode['kind'], name };
  if (title !== undefined) node.title = title;
  if (level !== undefined) node.level = level;
  if (stakeholderScope !== undefined) node.scope = stakeholderScope;
  if (place !== undefined) node.position = place;
  if (vacant !== undefined) node.vacant = vacant;
  if (notes !== undefined) node.notes = notes;
  if (named !== undefined) node.fields = named;
  return node;
}
