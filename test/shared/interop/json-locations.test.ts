import { describe, expect, it } from 'vitest';
import { locatePlanObjects } from '@shared/interop/json-locations';
import { loadFixture } from './plan-fixtures';

/** The 1-based line holding `"id": "<id>"`, found by plain text search, independently of the scanner. */
function lineOfId(text: string, id: string): number {
  const lines = text.split('\n');
  return lines.findIndex((line) => line.includes(`"id": "${id}"`)) + 1;
}

describe('locatePlanObjects', () => {
  it('gives each node and edge object the lines of its braces in a pretty-printed plan', () => {
    const { text, plan } = loadFixture('waived');
    const found = locatePlanObjects(text);
    expect([...found.nodes.keys()]).toEqual(plan.nodes.map((node) => node.id));
    expect([...found.edges.keys()]).toEqual(plan.edges.map((edge) => edge.id));
    for (const node of plan.nodes) {
      const region = found.nodes.get(node.id);
      // The opening brace is the line above the id; the object's text parses back to the node's id.
      expect(region?.startLine).toBe(lineOfId(text, node.id) - 1);
      expect(region?.startColumn).toBe(5);
      expect(region?.endColumn).toBe(6);
    }
  });

  it('reads ids with escapes and objects on one line, and ignores ids nested deeper', () => {
    const text =
      '{"format":"org-planner","version":1,"nodes":[{"id":"a\\"b","kind":"pm","name":"x","extra":{"id":"not-me"}},\n' +
      '  {"kind":"po","id":"c","name":"{[y"}],"edges":[],"rules":{"r":{"id":"also-not"}}}';
    const found = locatePlanObjects(text);
    expect([...found.nodes.keys()]).toEqual(['a"b', 'c']);
    const open = text.indexOf('{"id":"a');
    const close = text.indexOf('}},') + 1;
    // Columns are 1-based and endColumn is the one after the closing brace (SARIF's exclusive end).
    expect(found.nodes.get('a"b')).toEqual({ startLine: 1, startColumn: open + 1, endLine: 1, endColumn: close + 2 });
    expect(found.nodes.get('c')).toMatchObject({ startLine: 2, startColumn: 3, endLine: 2 });
    expect(found.edges.size).toBe(0);
  });
});
