import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLES, kindOfRole, parseRoleLists, roleMatcher, splitList } from '@shared/csv/roles';

describe('roleMatcher by title patterns', () => {
  it('keeps the old defaults, now as visible patterns: product owner before product manager', () => {
    const role = roleMatcher(DEFAULT_ROLES);
    expect(role('Senior Product Owner')).toBe('po');
    expect(role('product  MANAGER, Payments')).toBe('pm');
    expect(role('Product Owner / Product Manager')).toBe('po');
    expect(role('Engineer')).toBeUndefined();
    expect(role('')).toBeUndefined();
  });

  it('matches any pattern anywhere in the title, ignoring case and extra spaces', () => {
    const role = roleMatcher({
      by: 'title',
      patterns: { pm: ['head of direction'], team: ['squad'], external: ['vendor'] },
    });
    expect(role('  Head  of Direction ')).toBe('pm');
    expect(role('Payments Squad')).toBe('team');
    expect(role('Vendor contact')).toBe('external');
    expect(role('Product Owner')).toBeUndefined();
  });

  it('ignores empty patterns rather than matching every title', () => {
    const role = roleMatcher({ by: 'title', patterns: { po: ['', '  '] } });
    expect(role('Anyone')).toBeUndefined();
  });
});

describe('roleMatcher by a column', () => {
  it('matches whole cell values only', () => {
    const role = roleMatcher({ by: 'column', column: 'Role', values: { pm: ['PM'], internal: ['Stakeholder'] } });
    expect(role(' pm ')).toBe('pm');
    expect(role('stakeholder')).toBe('internal');
    expect(role('PM lead')).toBeUndefined();
  });
});

describe('kindOfRole', () => {
  it('gives stakeholders their scope and everyone unmatched the person kind', () => {
    expect(kindOfRole('external')).toEqual({ kind: 'stakeholder', scope: 'external' });
    expect(kindOfRole('team')).toEqual({ kind: 'team' });
    expect(kindOfRole(undefined)).toEqual({ kind: 'person' });
  });
});

describe('parseRoleLists', () => {
  it('reads ROLE=value,value pairs separated by semicolons', () => {
    expect(parseRoleLists('po=product owner, scrum master; pm=Head of ;;PM=cpo')).toEqual({
      ok: true,
      lists: { po: ['product owner', 'scrum master'], pm: ['Head of', 'cpo'] },
    });
  });

  it('names the part it cannot read', () => {
    expect(parseRoleLists('boss=CEO')).toEqual({
      ok: false,
      message: '"boss=CEO" should be ROLE=value,value with ROLE one of po, pm, team, internal, external',
    });
    expect(parseRoleLists('pm').ok).toBe(false);
  });

  it('splits a comma list, dropping empty entries', () => {
    expect(splitList(' a, ,b ,')).toEqual(['a', 'b']);
  });
});
