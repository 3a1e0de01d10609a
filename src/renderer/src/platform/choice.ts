/** What a build's platform chooser answers at start-up: the platform, or why the app cannot run. */
import type { Platform } from './platform';

export interface PlatformProblemReport {
  /** One sentence: what is wrong. */
  readonly summary: string;
  /** What is missing, by name (for the desktop build: the bridge's methods). */
  readonly missing: readonly string[];
}

export type PlatformChoice =
  { readonly ok: true; readonly platform: Platform } | { readonly ok: false; readonly problem: PlatformProblemReport };

/** The signature both entries share: choose.electron.ts and choose.web.ts. */
export type ChoosePlatform = (win: Window) => PlatformChoice;
