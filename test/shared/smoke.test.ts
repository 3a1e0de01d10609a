import { describe, expect, it } from 'vitest';
import { parsePlan } from '@shared/format/parse';

describe('smoke', () => {
  it('parses an empty plan', () => {
    expect(parsePlan('{"format":"org-planner","version":1,"nodes":[],"edges":[]}').ok).toBe(true);
  });
});
