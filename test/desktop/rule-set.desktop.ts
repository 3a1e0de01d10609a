/** The Rules tab's rule set files in the desktop app: main's Open and Save dialogs, main reading and writing them. */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRuleSet } from '../../src/shared/interop/rule-set';
import { editorReady, fixturePlan, openFromMenu, useDesktop } from './journey';

const desktop = useDesktop();

describe('rule set files', () => {
  it('loads a rule set chosen in main’s Open dialog and saves the plan’s rules where main’s Save dialog says', async () => {
    const { path, name } = fixturePlan(desktop().home);
    const rules = desktop().path('team-rules.json');
    writeFileSync(rules, '{"rules": {"po-in-team": {"severity": "info"}, "span-of-control": {"max": 3}}}');
    const run = await desktop().start();
    const window = await run.firstWindow();
    const page = await run.page(window);
    await editorReady(page);
    await openFromMenu(run, window, path, name);
    await page.getByTestId('rule-counts').click();
    await page.getByRole('tab', { name: 'Rules' }).click();

    run.dialogs.answerOpen(rules);
    await page.getByTestId('rules-load').click();
    await page.getByText('Loaded the rule set “team-rules.json”').waitFor();
    expect(await page.getByRole('combobox', { name: 'Severity of po-in-team' }).inputValue()).toBe('info');

    const target = desktop().path('saved-rules.json');
    run.dialogs.answerSave(target);
    await page.getByTestId('rules-save').click();
    await expect.poll(() => run.ipc.some((r) => r.channel === 'rules:save' && r.ok)).toBe(true);
    expect(parseRuleSet(readFileSync(target, 'utf8'))).toEqual({
      ok: true,
      rules: { 'po-in-team': { severity: 'info' }, 'span-of-control': { options: { max: 3 } } },
    });
    expect(run.ipc.filter((r) => r.channel.startsWith('rules:') && !r.ok)).toEqual([]);
  });
});
