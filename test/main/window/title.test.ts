import { describe, expect, it } from 'vitest';
import { documentDisplayName, formatWindowTitle, nameFromPath } from '../../../src/main/window/title';
import { harness } from '../support/fakes';

describe('window title', () => {
  it('is `• Name — Org Planner` while unsaved, `Name — Org Planner` otherwise', () => {
    expect(formatWindowTitle('Checkout', true)).toBe('• Checkout — Org Planner');
    expect(formatWindowTitle('Checkout', false)).toBe('Checkout — Org Planner');
  });

  it('names the scenario shown when the plan has several, on one line', () => {
    expect(formatWindowTitle('Checkout', true, 'Split PMs')).toBe('• Checkout — Split PMs — Org Planner');
    expect(formatWindowTitle('Checkout', false, 'Split\nPMs')).toBe('Checkout — Split PMs — Org Planner');
  });

  it('names the document by the plan, else the file, else Untitled', () => {
    expect(documentDisplayName('  Checkout  ', '/p/x.orgplan.json')).toBe('Checkout');
    expect(documentDisplayName('', '/p/payments.orgplan.json')).toBe('payments');
    expect(documentDisplayName('', '/p/legacy.json')).toBe('legacy');
    expect(documentDisplayName('', null)).toBe('Untitled');
    expect(nameFromPath('C:\\plans\\x.ORGPLAN.JSON'.replace(/\\/g, '/'))).toBe('x');
  });

  it('keeps the title on one line and bounded', () => {
    expect(documentDisplayName('Evil\nname\u202e', null)).toBe('Evil name');
    expect(documentDisplayName('x'.repeat(500), null)).toHaveLength(200);
  });

  it('follows the session: name and dirty state from the renderer', () => {
    const h = harness('/nonexistent');
    expect(h.view.title).toBe('Untitled — Org Planner');
    h.session.setState({ name: 'Checkout', dirty: true });
    expect(h.view.title).toBe('• Checkout — Org Planner');
    expect(h.view.edited).toBe(true);
    h.session.setState({ name: 'Checkout', dirty: false });
    expect(h.view.title).toBe('Checkout — Org Planner');
  });
});
