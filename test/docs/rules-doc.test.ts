import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRulesMarkdown } from '@shared/rules/catalog-markdown';
import { RULE_CATALOG } from '@shared/rules/catalog';

const docPath = new URL('../../docs/rules.md', import.meta.url);

describe('docs/rules.md', () => {
  it('is the catalog rendered (regenerate with UPDATE_DOCS=1 npx vitest run test/docs)', () => {
    const rendered = renderRulesMarkdown();
    if (process.env.UPDATE_DOCS === '1') writeFileSync(docPath, rendered);
    expect(readFileSync(docPath, 'utf8')).toBe(rendered);
  });

  it('words what article rules quote as passages, and says where pm-has-po’s table cells come from', () => {
    const rendered = renderRulesMarkdown();
    expect(rendered).toContain('the passage of the article it comes from');
    expect(rendered).not.toMatch(/the sentence of the article/);
    const pmHasPo = rendered.slice(rendered.indexOf('### `pm-has-po`'));
    expect(pmHasPo).toMatch(
      /^### `pm-has-po` \(info\)\n\n[^\n]+\n\nFrom the article’s comparison table:\n\n> Converting/,
    );
  });

  it('documents every rule id with its severity and quote', () => {
    const rendered = renderRulesMarkdown();
    for (const rule of RULE_CATALOG) {
      expect(rendered).toContain(`### \`${rule.id}\` (${rule.defaultSeverity})`);
      if (rule.quote !== undefined) expect(rendered).toContain(rule.quote.split(' / ')[0]);
      for (const passage of rule.tension?.passages ?? []) expect(rendered).toContain(`> ${passage}`);
      if (rule.tension !== undefined) expect(rendered).toContain(`**Tension.** ${rule.tension.note}`);
    }
  });
});
