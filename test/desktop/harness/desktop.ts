/**
 * What a journey holds: a browser, a temporary home with the userData folder,
 * the main runs started in it, and the problems they met. `close()` records
 * which IPC channels the renderer called (for the contract coverage test) and
 * tears everything down; `problems()` is empty for a journey that went as the
 * user would expect (no unscripted dialog, no refused IPC, no page error, no
 * blocked request, no scripted answer left unused).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import { DialogScript } from './dialog-script';
import { MainRun } from './main-run';

export interface StartOptions {
  /** Arguments after the executable (a plan to open). */
  readonly args?: readonly string[];
  readonly dialogs?: DialogScript;
}

export class Desktop {
  private readonly runs: MainRun[] = [];

  private constructor(
    readonly browser: Browser,
    /** A temporary folder for the journey's files; userData is inside it. */
    readonly home: string,
  ) {}

  static async open(): Promise<Desktop> {
    const browser = await chromium.connect(inject('desktopWsEndpoint'));
    return new Desktop(browser, mkdtempSync(join(tmpdir(), 'org-planner-desktop-')));
  }

  get userData(): string {
    return join(this.home, 'userData');
  }

  /** Starts main (again): the same userData each time, so a later run is the next start or a second instance. */
  async start(options: StartOptions = {}): Promise<MainRun> {
    const run = await MainRun.start({
      browser: this.browser,
      userData: this.userData,
      args: options.args ?? [],
      cwd: this.home,
      dialogs: options.dialogs ?? new DialogScript(),
    });
    this.runs.push(run);
    return run;
  }

  /** A path in the journey's folder. */
  path(name: string): string {
    return join(this.home, name);
  }

  problems(): string[] {
    return this.runs.flatMap((run, index) => [
      ...run.dialogs.unexpected.map((text) => `run ${index + 1}: unexpected ${text}`),
      ...(run.dialogs.pending > 0 ? [`run ${index + 1}: ${run.dialogs.pending} scripted dialog answer(s) unused`] : []),
      ...run.failedIpc.map((record) => `run ${index + 1}: IPC ${record.channel} failed: ${record.message ?? ''}`),
      ...run.electron.pageErrors.map((text) => `run ${index + 1}: page error: ${text}`),
      ...run.blockedRequests.map((url) => `run ${index + 1}: blocked request ${url}`),
    ]);
  }

  async close(): Promise<void> {
    const channels = [...new Set(this.runs.flatMap((run) => run.ipc.filter((r) => r.ok).map((r) => r.channel)))];
    writeFileSync(
      join(inject('ipcCoverageDir'), `${String(process.pid)}-${String(Date.now())}.json`),
      JSON.stringify(channels),
    );
    for (const run of this.runs) await run.stop();
    await this.browser.close();
    rmSync(this.home, { recursive: true, force: true });
  }
}
