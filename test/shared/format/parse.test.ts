import { describe, expect, it } from 'vitest';
import { formatProblem } from '@shared/model/problems';
import { MAX_PLAN_BYTES } from '@shared/model/types';
import { isOverSizeCap, parsePlan, utf8Length } from '@shared/format/parse';

const node = (fields: Record<string, unknown>) => ({ id: 'n1', kind: 'person', name: 'Ada', ...fields });

function doc(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { format: 'org-planner', version: 2, nodes: [], edges: [], ...fields };
}

/** The refusal messages, as a user reads them. */
function refusal(text: string): string[] {
  const result = parsePlan(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors.map(formatProblem);
}

const refused = (value: unknown) => refusal(JSON.stringify(value));

describe('parsePlan accepts', () => {
  it('a minimal plan', () => {
    const result = parsePlan(JSON.stringify(doc()));
    // In memory a plan carries the version this build reads; the serializer picks the version it writes.
    expect(result).toEqual({ ok: true, plan: { format: 'org-planner', version: 3, nodes: [], edges: [] } });
  });

  it('every optional field', () => {
    const text = JSON.stringify(
      doc({
        name: 'Checkout',
        nodes: [
          {
            id: 'pm',
            kind: 'pm',
            name: 'Alex',
            title: 'PM',
            level: 5,
            position: { x: 1, y: 2 },
            vacant: false,
            notes: 'n',
          },
          { id: 's', kind: 'stakeholder', name: 'Acme', scope: 'external' },
        ],
        edges: [{ id: 'e', kind: 'engages', source: 'pm', target: 's' }],
        rules: { 'span-of-control': { enabled: true, severity: 'error', max: 5 } },
        waivers: [{ ruleId: 'pm-has-po', nodeId: 'pm', reason: 'hiring' }],
      }),
    );
    const result = parsePlan(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.nodes[0]).toEqual({
      id: 'pm',
      kind: 'pm',
      name: 'Alex',
      title: 'PM',
      level: 5,
      position: { x: 1, y: 2 },
      vacant: false,
      notes: 'n',
    });
    expect(result.plan.rules?.['span-of-control']).toEqual({ enabled: true, severity: 'error', options: { max: 5 } });
    expect(result.plan.waivers).toEqual([{ ruleId: 'pm-has-po', nodeId: 'pm', reason: 'hiring' }]);
  });

  it('edges that join the wrong kinds (edge-endpoints reports them, the loader does not)', () => {
    const text = JSON.stringify(
      doc({
        nodes: [node({}), { id: 't', kind: 'team', name: 'T' }],
        edges: [{ id: 'e', kind: 'reports-to', source: 't', target: 't' }],
      }),
    );
    expect(parsePlan(text).ok).toBe(true);
  });

  it('a waiver whose node does not exist (stale-waiver reports it)', () => {
    const text = JSON.stringify(doc({ waivers: [{ ruleId: 'po-in-team', nodeId: 'gone', reason: 'left' }] }));
    expect(parsePlan(text).ok).toBe(true);
  });

  it('the layout choice (format 2), each field optional', () => {
    const layout = { style: 'left-right', relayoutOnCollapse: true };
    const result = parsePlan(JSON.stringify(doc({ layout })));
    expect(result.ok && result.plan.layout).toEqual(layout);
    const empty = parsePlan(JSON.stringify(doc({ layout: {} })));
    expect(empty.ok && empty.plan.layout).toEqual({});
  });

  it('a UTF-8 byte order mark', () => {
    expect(parsePlan(`\uFEFF${JSON.stringify(doc())}`).ok).toBe(true);
  });
});

describe('parsePlan refuses, naming the path', () => {
  it('text that is not JSON', () => {
    expect(refusal('{"format": ')[0]).toMatch(/^not valid JSON: /);
  });

  it.each([['[]'], ['"plan"'], ['null'], ['42']])('a top level that is not an object: %s', (text) => {
    expect(refusal(text)).toEqual(['expected a JSON object at the top level']);
  });

  it('another format', () => {
    expect(refused(doc({ format: 'drawio' }))).toEqual([
      'format: expected "org-planner"; this is not an Org Planner plan',
    ]);
  });

  it('a missing version', () => {
    const value = doc();
    delete value.version;
    expect(refused(value)).toEqual(['version: required']);
  });

  it('a version that is not an integer', () => {
    expect(refused(doc({ version: 1.5 }))).toEqual(['version: expected an integer']);
    expect(refused(doc({ version: '1' }))).toEqual(['version: expected an integer']);
  });

  it('a version from the future, saying it was made by a newer version', () => {
    const [message] = refused(doc({ version: 4 }));
    expect(message).toMatch(/^version: this plan was made by a newer Org Planner \(format 4\)/);
  });

  it('missing nodes or edges arrays', () => {
    const value = doc();
    delete value.nodes;
    expect(refused(value)).toEqual(['nodes: required']);
    expect(refused(doc({ edges: {} }))).toEqual(['edges: expected an array']);
  });

  it('a node missing a required field', () => {
    expect(refused(doc({ nodes: [{ id: 'a', kind: 'pm' }] }))).toEqual(['nodes[0].name: required']);
    expect(refused(doc({ nodes: [{ kind: 'pm', name: 'A' }] }))).toEqual(['nodes[0].id: required']);
    expect(refused(doc({ nodes: [{ id: '', kind: 'pm', name: 'A' }] }))).toEqual([
      'nodes[0].id: expected a non-empty string',
    ]);
  });

  it('an unknown node kind', () => {
    const nodes = [node({ id: 'a' }), node({ id: 'b' }), node({ id: 'c' }), node({ id: 'd', kind: 'ceo' })];
    expect(refused(doc({ nodes }))).toEqual(['nodes[3].kind: expected one of pm, po, person, team, stakeholder']);
  });

  it('fields of the wrong type', () => {
    expect(refused(doc({ nodes: [node({ level: 'senior' })] }))).toEqual(['nodes[0].level: expected an integer']);
    expect(refused(doc({ nodes: [node({ title: 3 })] }))).toEqual(['nodes[0].title: expected a string']);
    expect(refused(doc({ nodes: [node({ vacant: 'yes' })] }))).toEqual(['nodes[0].vacant: expected true or false']);
    expect(refused(doc({ nodes: [node({ position: { x: 1 } })] }))).toEqual(['nodes[0].position.y: expected a number']);
    expect(refused(doc({ nodes: ['Ada'] }))).toEqual(['nodes[0]: expected an object']);
    expect(refused(doc({ name: 7 }))).toEqual(['name: expected a string']);
  });

  it('a stakeholder without a scope, and a scope on a person', () => {
    expect(refused(doc({ nodes: [{ id: 's', kind: 'stakeholder', name: 'Acme' }] }))).toEqual([
      'nodes[0].scope: required, one of internal, external',
    ]);
    expect(refused(doc({ nodes: [{ id: 's', kind: 'stakeholder', name: 'Acme', scope: 'outside' }] }))).toEqual([
      'nodes[0].scope: expected one of internal, external',
    ]);
    expect(refused(doc({ nodes: [node({ scope: 'internal' })] }))).toEqual([
      'nodes[0].scope: only stakeholders have a scope',
    ]);
  });

  it('an unknown edge kind', () => {
    const value = doc({ nodes: [node({})], edges: [{ id: 'e', kind: 'likes', source: 'n1', target: 'n1' }] });
    expect(refused(value)).toEqual(['edges[0].kind: expected one of reports-to, dotted-line, member-of, engages']);
  });

  it('duplicate node ids and duplicate edge ids', () => {
    expect(refused(doc({ nodes: [node({}), node({})] }))).toEqual([
      'nodes[1].id: duplicate node id "n1" (also nodes[0])',
    ]);
    const edge = { id: 'e', kind: 'reports-to', source: 'n1', target: 'n1' };
    expect(refused(doc({ nodes: [node({})], edges: [edge, edge] }))).toEqual([
      'edges[1].id: duplicate edge id "e" (also edges[0])',
    ]);
  });

  it('an edge naming a node that does not exist', () => {
    const value = doc({ nodes: [node({})], edges: [{ id: 'e', kind: 'reports-to', source: 'n1', target: 'ghost' }] });
    expect(refused(value)).toEqual(['edges[0].target: no node has the id "ghost"']);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('the key %s anywhere', (key) => {
    const top = `{"format":"org-planner","version":1,"nodes":[],"edges":[],"${key}":{}}`;
    expect(refusal(top)).toEqual([`${key}: this key is not allowed`]);
    const inNode = `{"format":"org-planner","version":1,"nodes":[{"id":"a","kind":"pm","name":"A","${key}":1}],"edges":[]}`;
    expect(refusal(inNode)).toEqual([`nodes[0].${key}: this key is not allowed`]);
    const deep = `{"format":"org-planner","version":1,"nodes":[{"id":"a","kind":"pm","name":"A","x":{"y":[{"${key}":1}]}}],"edges":[]}`;
    expect(refusal(deep)).toEqual([`nodes[0].x.y[0].${key}: this key is not allowed`]);
    // Positions and edges too: records with only known keys take a faster path, and these must leave it.
    const inPosition = `{"format":"org-planner","version":1,"nodes":[{"id":"a","kind":"pm","name":"A","position":{"x":1,"y":2,"${key}":1}}],"edges":[]}`;
    expect(refusal(inPosition)).toEqual([`nodes[0].position.${key}: this key is not allowed`]);
    const inEdge = `{"format":"org-planner","version":1,"nodes":[{"id":"a","kind":"pm","name":"A"}],"edges":[{"id":"e","kind":"reports-to","source":"a","target":"a","${key}":1}]}`;
    expect(refusal(inEdge)).toEqual([`edges[0].${key}: this key is not allowed`]);
    const inRules = `{"format":"org-planner","version":1,"nodes":[],"edges":[],"rules":{"${key}":{}}}`;
    expect(refusal(inRules)).toEqual([`rules.${key}: this key is not allowed`]);
  });

  it('never lets __proto__ reach an object prototype', () => {
    parsePlan('{"format":"org-planner","version":1,"nodes":[],"edges":[],"__proto__":{"polluted":true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a file larger than 50 MiB', () => {
    const padding = ' '.repeat(MAX_PLAN_BYTES + 1 - 2);
    expect(refusal(`{${padding}}`)).toEqual(['the file is larger than 50 MiB']);
  });

  it('vacant on a team or a stakeholder', () => {
    expect(refused(doc({ nodes: [{ id: 't', kind: 'team', name: 'T', vacant: true }] }))).toEqual([
      'nodes[0].vacant: a team cannot be vacant; only pm, po and person nodes can',
    ]);
    const stakeholder = { id: 's', kind: 'stakeholder', name: 'S', scope: 'internal', vacant: false };
    expect(refused(doc({ nodes: [stakeholder] }))).toEqual([
      'nodes[0].vacant: a stakeholder cannot be vacant; only pm, po and person nodes can',
    ]);
  });

  it('a waiver without a non-empty reason', () => {
    expect(refused(doc({ waivers: [{ ruleId: 'po-in-team', nodeId: 'a', reason: '  ' }] }))).toEqual([
      'waivers[0].reason: a waiver needs a non-empty reason',
    ]);
    expect(refused(doc({ waivers: [{ ruleId: 'po-in-team', nodeId: 'a' }] }))).toEqual(['waivers[0].reason: required']);
  });

  it('rule settings of the wrong type', () => {
    expect(refused(doc({ rules: { 'po-in-team': { severity: 'fatal' } } }))).toEqual([
      'rules.po-in-team.severity: expected one of error, warning, info',
    ]);
    expect(refused(doc({ rules: { 'po-in-team': { enabled: 'no' } } }))).toEqual([
      'rules.po-in-team.enabled: expected true or false',
    ]);
    expect(refused(doc({ rules: { 'span-of-control': { max: 0 } } }))).toEqual([
      'rules.span-of-control.max: expected a positive integer',
    ]);
  });

  it('a layout choice of the wrong shape', () => {
    expect(refused(doc({ layout: 'tree' }))).toEqual(['layout: expected an object']);
    expect(refused(doc({ layout: { style: 'radial', relayoutOnCollapse: 'yes' } }))).toEqual([
      'layout.style: expected one of compact, tree, left-right',
      'layout.relayoutOnCollapse: expected true or false',
    ]);
  });

  it('lists several problems at once, capped at 20', () => {
    const nodes = Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, kind: 'cto', name: 'x' }));
    const messages = refused(doc({ nodes }));
    expect(messages).toHaveLength(20);
    expect(messages[19]).toBe('nodes[19].kind: expected one of pm, po, person, team, stakeholder');
  });
});

describe('utf8Length and the size cap', () => {
  it('counts UTF-8 bytes', () => {
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
  });

  it('measures bytes, not characters', () => {
    const threeByteChars = '€'.repeat(Math.floor(MAX_PLAN_BYTES / 3) + 1);
    expect(isOverSizeCap(threeByteChars)).toBe(true);
    expect(isOverSizeCap('€'.repeat(1000))).toBe(false);
  });
});

describe('parsePlan reports the cause, not its echoes', () => {
  it('an edge to a node that failed validation is not also reported as dangling', () => {
    const value = doc({
      nodes: [{ id: 't', kind: 'squad', name: 'T' }, node({})],
      edges: [{ id: 'e', kind: 'member-of', source: 'n1', target: 't' }],
    });
    expect(refused(value)).toEqual(['nodes[0].kind: expected one of pm, po, person, team, stakeholder']);
  });
});
