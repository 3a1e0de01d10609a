/** The Rules tab's Load rule set… and Save rule set…: the check --rules file, one undo step, a bad file refused. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRuleSet } from '../../src/shared/interop/rule-set';
import { connectBrowser, getPlan, openApp, placeFour } from './helpers';
import { chooseFile, downloadOf } from './files-helpers';

const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

describe('rule set files in the Rules tab', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('loads a rule set in one undo step, refuses a bad one, and saves one that loads back', async () => {
    const { page, context } = await openApp(browser);
    await placeFour(page);
    const counts = page.getByTestId('rule-counts');
    await counts.click();
    await page.getByRole('tab', { name: 'Rules' }).click();

    const good = '{"rules": {"po-in-team": {"severity": "info"}, "span-of-control": {"max": 3}}}';
    await chooseFile(page, () => page.getByTestId('rules-load').click(), file('team-rules.json', good));
    await page.getByText('Loaded the rule set “team-rules.json”').waitFor();
    expect((await getPlan(page)).rules).toEqual({
      'po-in-team': { severity: 'info' },
      'span-of-control': { options: { max: 3 } },
    });
    expect(await page.getByRole('combobox', { name: 'Severity of po-in-team' }).inputValue()).toBe('info');

    const bad = '{"rules": {"span-of-control": {"max": -1}}}';
    await chooseFile(page, () => page.getByTestId('rules-load').click(), file('broken.json', bad));
    await page.getByText('“broken.json” is not a rule set, so nothing changed').waitFor();
    expect((await getPlan(page)).rules?.['span-of-control']).toEqual({ options: { max: 3 } });

    const saved = await downloadOf(page, () => page.getByTestId('rules-save').click());
    expect(saved.download.suggestedFilename()).toMatch(/ rules\.json$/);
    expect(parseRuleSet(saved.bytes.toString('utf8'))).toEqual({ ok: true, rules: (await getPlan(page)).rules });

    await page.locator('.op-canvas').focus();
    await page.keyboard.press('Control+z');
    expect((await getPlan(page)).rules).toBeUndefined();
    await context.close();
  });
});
