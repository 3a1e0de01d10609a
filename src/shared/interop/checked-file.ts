/** One plan file as `check` saw it: what the CI report writers (SARIF, JUnit) are given. */
import type { Plan } from '../model/types';
import type { Violation } from '../rules/violation';

export type CheckedFile =
  | {
      readonly ok: true;
      /** The path as the user gave it. */
      readonly path: string;
      readonly plan: Plan;
      readonly violations: readonly Violation[];
      /** The plan's JSON text when lines in it are lines of the file (not for a plan read out of a PNG). */
      readonly text: string | undefined;
    }
  | { readonly ok: false; readonly path: string; readonly error: string };
