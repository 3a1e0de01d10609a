import { describe, expect, it } from 'vitest';
import { displayName, fileStem, stemOfFileName, windowTitle } from '../../../src/renderer/src/platform/document-title';

describe('document title', () => {
  it('marks unsaved changes with a bullet', () => {
    expect(windowTitle('Checkout', true)).toBe('• Checkout — Org Planner');
    expect(windowTitle('Checkout', false)).toBe('Checkout — Org Planner');
    expect(windowTitle('', false)).toBe('Untitled — Org Planner');
  });

  it('names the scenario shown when the plan has several', () => {
    expect(windowTitle('Checkout', true, 'Split PMs')).toBe('• Checkout — Split PMs — Org Planner');
  });

  it('names the document by the plan, else the file, else Untitled', () => {
    expect(displayName('Checkout', 'x.orgplan.json')).toBe('Checkout');
    expect(displayName('  ', 'x.orgplan.json')).toBe('x.orgplan.json');
    expect(displayName(undefined, null)).toBe('Untitled');
  });

  it('makes safe file names', () => {
    expect(fileStem('a/b:c*?')).toBe('a b c');
    expect(fileStem('...')).toBe('Untitled');
    expect(stemOfFileName('checkout.orgplan.json')).toBe('checkout');
    expect(stemOfFileName('team.png')).toBe('team');
  });
});
