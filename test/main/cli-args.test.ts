import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planPathFromArgv, planPathFromOpenFile } from '../../src/main/cli-args';

describe('plan file from the command line', () => {
  it('finds `org-planner-app plan.orgplan.json` relative to the folder it was run in', () => {
    expect(
      planPathFromArgv(['/opt/Org Planner/org-planner-app', 'plan.orgplan.json'], { cwd: '/home/ada', leadingArgs: 1 }),
    ).toBe(resolve('/home/ada/plan.orgplan.json'));
  });

  it('skips the app path when run as `electron . plan.json`, and flags', () => {
    const argv = [
      '/usr/bin/electron',
      '.',
      '--inspect=9229',
      '-psn_0_12345',
      '--',
      '/plans/a.orgplan.json',
      '/plans/b.json',
    ];
    expect(planPathFromArgv(argv, { cwd: '/x', leadingArgs: 2 })).toBe(resolve('/plans/a.orgplan.json'));
  });

  it('ignores arguments that are not plan files', () => {
    expect(planPathFromArgv(['app', 'notes.txt', '--flag=a.json', 'folder'], { cwd: '/x', leadingArgs: 1 })).toBeNull();
    expect(planPathFromArgv(['app'], { cwd: '/x', leadingArgs: 1 })).toBeNull();
  });

  it('takes macOS open-file paths when absolute plan files', () => {
    expect(planPathFromOpenFile('/Users/ada/plan.orgplan.json')).toBe(resolve('/Users/ada/plan.orgplan.json'));
    expect(planPathFromOpenFile('plan.orgplan.json')).toBeNull();
    expect(planPathFromOpenFile('/Users/ada/picture.png')).toBeNull();
  });
});
