import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { QUOTE_SEPARATOR, RULE_CATALOG, findRule, isKnownRule } from '@shared/rules/catalog';

/** The article and the first rule specification, copied into the repository (test/fixtures/README.md). */
const FIXTURES = new URL('../../fixtures/', import.meta.url);
const sourcePath = fileURLToPath(new URL('article/product-owner-vs-product-manager.txt', FIXTURES));
const rulesPath = fileURLToPath(new URL('spec/rules-v1.md', FIXTURES));

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** `| \`id\` | severity | ...` rows of rules.md's two tables, in order. */
function specRules(): { id: string; severity: string }[] {
  const rows = readFileSync(rulesPath, 'utf8').matchAll(/^\| `([a-z-]+)` \| (error|warning|info) \|/gm);
  return [...rows].map((row) => ({ id: row[1] ?? '', severity: row[2] ?? '' }));
}

describe('the rule catalog', () => {
  it('finds the spec files', () => {
    expect(existsSync(sourcePath)).toBe(true);
    expect(existsSync(rulesPath)).toBe(true);
  });

  it('keeps every rule of the first specification once, in its order, with its default severity', () => {
    const spec = specRules();
    expect(spec).toHaveLength(16);
    const specIds = new Set(spec.map((rule) => rule.id));
    // Rules added since keep their own places; the first specification's rules keep theirs relative to each other.
    const kept = RULE_CATALOG.filter((rule) => specIds.has(rule.id));
    expect(kept.map((rule) => ({ id: rule.id, severity: rule.defaultSeverity }))).toEqual(spec);
  });

  it('quotes the article verbatim for each article rule, and nothing for structural rules', () => {
    const source = collapse(readFileSync(sourcePath, 'utf8'));
    const articleRules = RULE_CATALOG.filter((rule) => rule.origin === 'article');
    expect(articleRules.map((rule) => rule.id)).toEqual([
      'po-reports-to-pm',
      'pm-not-under-po',
      'po-internal-stakeholders-only',
      'external-stakeholder-has-pm',
      'internal-stakeholder-has-po',
      'po-in-team',
      'team-has-one-po',
      'team-has-developers',
      'roles-held-by-different-people',
      'pm-outranks-po',
      'pm-has-po',
    ]);
    for (const rule of articleRules) {
      expect(rule.quote, rule.id).toBeDefined();
      for (const passage of (rule.quote ?? '').split(QUOTE_SEPARATOR)) {
        // "..." marks where rules.md cut a sentence; what is left must be in the article as written.
        const text = collapse(passage.replace(/^\.\.\.|\.\.\.$/g, ''));
        expect(text.length, rule.id).toBeGreaterThan(20);
        expect(source.includes(text), `${rule.id}: "${text}"`).toBe(true);
      }
    }
    for (const rule of RULE_CATALOG.filter((r) => r.origin === 'structure'))
      expect(rule.quote, rule.id).toBeUndefined();
  });

  it('shows the article’s stakeholder tension on the two stakeholder rules it bears on, quoting it verbatim', () => {
    const source = collapse(readFileSync(sourcePath, 'utf8'));
    const withTension = RULE_CATALOG.filter((rule) => rule.tension !== undefined);
    expect(withTension.map((rule) => rule.id)).toEqual([
      'po-internal-stakeholders-only',
      'internal-stakeholder-has-po',
    ]);
    for (const rule of withTension) {
      expect(rule.tension?.passages.length, rule.id).toBeGreaterThanOrEqual(2);
      for (const passage of rule.tension?.passages ?? [])
        expect(source.includes(collapse(passage)), `${rule.id}: "${passage}"`).toBe(true);
      expect(rule.tension?.note, rule.id).toMatch(/severity/);
    }
  });

  it('gives every rule a summary and a fix hint', () => {
    for (const rule of RULE_CATALOG) {
      expect(rule.summary.trim().length, rule.id).toBeGreaterThan(10);
      expect(rule.fixHint.trim().length, rule.id).toBeGreaterThan(10);
    }
  });

  it('declares span-of-control’s max (default 8) and min (default 0, off) and max-layers’ max (default 10)', () => {
    expect(findRule('span-of-control')?.options).toEqual([
      { name: 'max', description: expect.any(String) as string, default: 8 },
      { name: 'min', description: expect.any(String) as string, default: 0 },
    ]);
    expect(findRule('max-layers')?.options).toEqual([
      { name: 'max', description: expect.any(String) as string, default: 10 },
    ]);
    expect(RULE_CATALOG.filter((rule) => rule.options !== undefined).map((rule) => rule.id)).toEqual([
      'span-of-control',
      'max-layers',
    ]);
  });

  it('looks rules up by id, and only own ids', () => {
    expect(findRule('po-in-team')?.defaultSeverity).toBe('error');
    expect(findRule('nope')).toBeUndefined();
    expect(isKnownRule('stale-waiver')).toBe(true);
    expect(isKnownRule('toString')).toBe(false);
    expect(isKnownRule('PO-IN-TEAM')).toBe(false);
  });
});
