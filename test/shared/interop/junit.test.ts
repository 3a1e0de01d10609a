import { describe, expect, it } from 'vitest';
import { checkToJunit } from '@shared/interop/junit';
import { RULE_CATALOG } from '@shared/rules/catalog';
import { checkedFixture } from './plan-fixtures';
import { elements, parseXml, type XmlElement } from './xml-parse';

describe('checkToJunit', () => {
  it('writes one suite per file and one case per catalog rule, failing the rules with errors', () => {
    const files = [checkedFixture('clean'), checkedFixture('errors')];
    const doc = parseXml(checkToJunit(files));
    const suites = elements(doc, 'testsuite');
    expect(suites.map((s) => s.getAttribute('name'))).toEqual(files.map((f) => f.path));
    for (const suite of suites) {
      expect(elements(suite, 'testcase').map((c) => c.getAttribute('name'))).toEqual(RULE_CATALOG.map((r) => r.id));
    }
    const errors = files[1]?.violations.filter((v) => v.severity === 'error' && v.waived !== true) ?? [];
    const failing = new Set(errors.map((v) => v.ruleId));
    const failures = elements(suites[1] as XmlElement, 'failure');
    expect(failures.length).toBe(failing.size);
    expect(suites[1]?.getAttribute('failures')).toBe(String(failing.size));
    expect(elements(suites[0] as XmlElement, 'failure')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.getAttribute('tests')).toBe(String(2 * RULE_CATALOG.length));
    for (const v of errors) expect(failures.some((f) => f.textContent?.includes(v.message))).toBe(true);
  });

  it('does not fail a rule for a waived error, and lists warnings as the case output', () => {
    const waived = parseXml(checkToJunit([checkedFixture('waived')]));
    expect(elements(waived, 'failure')).toHaveLength(0);
    const warnings = checkedFixture('warnings');
    const doc = parseXml(checkToJunit([warnings]));
    const out = elements(doc, 'system-out').map((e) => e.textContent ?? '');
    for (const v of warnings.violations.filter((w) => w.severity === 'warning')) {
      expect(out.some((text) => text.includes(v.message))).toBe(true);
    }
  });

  it('reports an unreadable file as an error case, and escapes markup in paths and messages', () => {
    const doc = parseXml(checkToJunit([{ ok: false, path: 'a<&>".json', error: 'bad <json> & "worse"' }]));
    const error = elements(doc, 'error')[0];
    expect(error?.getAttribute('message')).toBe('bad <json> & "worse"');
    expect(elements(doc, 'testsuite')[0]?.getAttribute('name')).toBe('a<&>".json');
    expect(doc.documentElement.getAttribute('errors')).toBe('1');
  });
});
