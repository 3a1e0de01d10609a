/**
 * Which launch argument is a plan to open: `org-planner-app plan.orgplan.json`,
 * a double-click (the OS passes the path), a second launch forwarded to the
 * running instance, or macOS's `open-file` event. Flags (`--inspect`,
 * Chromium switches, macOS's `-psn_…`) are never files.
 */
import { isAbsolute, resolve } from 'node:path';

/**
 * A plan file by its name: `*.orgplan.json`, any `*.json`, or a draw.io diagram `*.drawio` (the loader
 * decides, by the content, whether it is a plan).
 */
export function looksLikePlanPath(candidate: string): boolean {
  return candidate.trim() !== '' && !candidate.startsWith('-') && /\.(json|drawio)$/i.test(candidate);
}

export interface ArgvOptions {
  /** The folder the command was run in; relative paths are resolved against it. */
  readonly cwd: string;
  /**
   * How many leading arguments belong to the executable: 1 for a packaged app
   * (`app plan.json`), 2 when run as `electron . plan.json` (`process.defaultApp`).
   */
  readonly leadingArgs: number;
}

/** The absolute path of the first plan-looking argument, or null. */
export function planPathFromArgv(argv: readonly string[], options: ArgvOptions): string | null {
  for (const arg of argv.slice(options.leadingArgs)) {
    if (arg === '--') continue;
    if (looksLikePlanPath(arg)) return isAbsolute(arg) ? resolve(arg) : resolve(options.cwd, arg);
  }
  return null;
}

/** macOS `open-file` hands over absolute paths; anything else is ignored. */
export function planPathFromOpenFile(path: string): string | null {
  return isAbsolute(path) && looksLikePlanPath(path) ? resolve(path) : null;
}
