import { describe, expect, it } from 'vitest';
import { parsePlan } from '@shared/format/parse';
import { serializePlan } from '@shared/format/serialize';
import type { Plan } from '@shared/model/types';

function load(text: string): Plan {
  const result = parsePlan(text);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.plan;
}

const messy = `{
  "zeta": {"kept": [1, 2]},
  "edges": [
    {"target": "a", "source": "b", "kind": "reports-to", "id": "e2", "color": "red"},
    {"id": "e1", "kind": "member-of", "source": "b", "target": "t"}
  ],
  "waivers": [
    {"reason": "r", "nodeId": "b", "ruleId": "x-rule"},
    {"ruleId": "a-rule", "nodeId": "z", "reason": "r"},
    {"ruleId": "a-rule", "nodeId": "b", "reason": "r"}
  ],
  "rules": {"span-of-control": {"max": 4, "severity": "error"}, "po-in-team": {"enabled": false}},
  "nodes": [
    {"name": "Team", "kind": "team", "id": "t", "position": {"x": 10.6, "y": -0.4}},
    {"zz": 1, "notes": "n", "id": "b", "kind": "po", "name": "Bo", "aa": {"deep": true}},
    {"id": "a", "kind": "pm", "name": "Al", "level": 3}
  ],
  "version": 1,
  "format": "org-planner",
  "name": "Plan"
}`;

describe('serializePlan', () => {
  it('writes records sorted by id, known keys in spec order, unknown keys after them as read', () => {
    expect(serializePlan(load(messy))).toBe(`{
  "format": "org-planner",
  "version": 2,
  "name": "Plan",
  "nodes": [
    {
      "id": "a",
      "kind": "pm",
      "name": "Al",
      "level": 3
    },
    {
      "id": "b",
      "kind": "po",
      "name": "Bo",
      "notes": "n",
      "zz": 1,
      "aa": {
        "deep": true
      }
    },
    {
      "id": "t",
      "kind": "team",
      "name": "Team",
      "position": {
        "x": 11,
        "y": 0
      }
    }
  ],
  "edges": [
    {
      "id": "e1",
      "kind": "member-of",
      "source": "b",
      "target": "t"
    },
    {
      "id": "e2",
      "kind": "reports-to",
      "source": "b",
      "target": "a",
      "color": "red"
    }
  ],
  "rules": {
    "po-in-team": {
      "enabled": false
    },
    "span-of-control": {
      "severity": "error",
      "max": 4
    }
  },
  "waivers": [
    {
      "ruleId": "a-rule",
      "nodeId": "b",
      "reason": "r"
    },
    {
      "ruleId": "a-rule",
      "nodeId": "z",
      "reason": "r"
    },
    {
      "ruleId": "x-rule",
      "nodeId": "b",
      "reason": "r"
    }
  ],
  "zeta": {
    "kept": [
      1,
      2
    ]
  }
}
`);
  });

  it('is byte-stable: parse → serialize → parse → serialize', () => {
    const once = serializePlan(load(messy));
    expect(serializePlan(load(once))).toBe(once);
  });

  it('writes the layout choice last among the known fields, its unknown keys after its own', () => {
    const text = serializePlan(
      load(
        '{"layout":{"zz":1,"relayoutOnCollapse":false,"style":"tree"},"waivers":[],"edges":[],"nodes":[],"version":2,"format":"org-planner"}',
      ),
    );
    expect(text).toBe(
      '{\n  "format": "org-planner",\n  "version": 2,\n  "nodes": [],\n  "edges": [],\n  "waivers": [],\n  "layout": {\n    "style": "tree",\n    "relayoutOnCollapse": false,\n    "zz": 1\n  }\n}\n',
    );
  });

  it('ends with exactly one newline and uses two-space indentation', () => {
    const text = serializePlan(load('{"format":"org-planner","version":1,"nodes":[],"edges":[]}'));
    expect(text).toBe('{\n  "format": "org-planner",\n  "version": 2,\n  "nodes": [],\n  "edges": []\n}\n');
  });

  it('does not modify the plan it writes', () => {
    const plan = load(messy);
    const before = JSON.stringify(plan);
    serializePlan(plan);
    expect(JSON.stringify(plan)).toBe(before);
  });
});
