/** The rule explanation (problem panel and Rules view) shows where the article pulls the other way. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { findRule, type RuleInfo } from '@shared/rules/catalog';
import { RuleText } from '../../../src/renderer/src/problems/RuleText';

function render(id: string): string {
  const rule = findRule(id) as RuleInfo;
  return renderToStaticMarkup(createElement(RuleText, { rule }));
}

describe('RuleText', () => {
  it('shows po-internal-stakeholders-only’s tension: the other passages, quoted, and how the rule reads them', () => {
    const html = render('po-internal-stakeholders-only');
    expect(html).toContain('data-testid="rule-tension"');
    expect(html).toContain('The Product Owner is the primary contact of all the stakeholders');
    expect(html).toContain('The PM is in direct contact with the stakeholders whereas the POs are not.');
    expect(html).toContain('default severity stays error');
  });

  it('says where pm-has-po’s quote comes from: the article’s comparison table', () => {
    expect(render('pm-has-po')).toContain('the comparison table of');
    expect(render('po-in-team')).not.toContain('the comparison table of');
  });

  it('shows no tension for a rule the article is consistent about', () => {
    expect(render('po-in-team')).not.toContain('rule-tension');
  });
});
