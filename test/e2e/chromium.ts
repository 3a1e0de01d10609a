/**
 * How the end-to-end tests and the browser benchmark start Debian's Chromium:
 * headless, no sandbox (root in CI), and no background services, which this
 * machine's closed network would otherwise refuse many times a second.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
