import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRuleSetFile, saveRuleSetFile } from '../../../src/main/documents/rule-set-flow';
import { ruleSetText } from '../../../src/main/ipc/validators';
import { harness, tempFolder } from '../support/fakes';

let folder: { path: string; remove: () => Promise<void> };
beforeEach(async () => {
  folder = await tempFolder();
});
afterEach(async () => {
  await folder.remove();
});

const RULES = '{\n  "rules": {\n    "po-has-pm": {\n      "severity": "info"\n    }\n  }\n}\n';

describe('the rule-set file', () => {
  it('reads the chosen file as text, and writes a rule set with .json to the chosen path', async () => {
    const h = harness(folder.path);
    const path = join(folder.path, 'team-rules.json');
    await writeFile(path, RULES);
    h.ui.openPath = path;
    expect(await openRuleSetFile(h.ctx)).toEqual({ status: 'read', fileName: 'team-rules.json', text: RULES });

    h.session.setState({ name: 'Checkout', dirty: false });
    h.ui.savePath = join(folder.path, 'shared');
    expect(await saveRuleSetFile(h.ctx, RULES)).toEqual({ status: 'exported', fileName: 'shared.json' });
    expect(await readFile(join(folder.path, 'shared.json'), 'utf8')).toBe(RULES);
    expect(h.ui.saveDialogs).toEqual([{ kind: 'rules', defaultName: 'Checkout rules.json' }]);
  });

  it('refuses a file that is not UTF-8 text, with a dialog naming it', async () => {
    const h = harness(folder.path);
    const path = join(folder.path, 'photo.json');
    await writeFile(path, new Uint8Array([0xff, 0xfe, 0x00]));
    h.ui.openPath = path;
    const result = await openRuleSetFile(h.ctx);
    expect(result.status).toBe('failed');
    expect(h.ui.errors.at(-1)?.message).toBe('“photo.json” could not be loaded.');
  });

  it('lets main write only text that loads as a rule set', () => {
    expect(ruleSetText(RULES, 'text')).toBe(RULES);
    expect(() => ruleSetText('{"rules": {"po-has-pm": {"severity": "fatal"}}}', 'text')).toThrow(/a rule set/);
    expect(() => ruleSetText('{"format": "org-planner"}', 'text')).toThrow(/a rule set/);
  });
});
