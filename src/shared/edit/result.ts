/** What an edit returns: the new plan, or the reason it was refused (shown to the user as is). */
import type { Plan } from '../model/types';

export type EditResult<T extends object = object> = ({ readonly ok: true; readonly plan: Plan } & T) | Refusal;

export interface Refusal {
  readonly ok: false;
  readonly reason: string;
}

export function refuse(reason: string): Refusal {
  return { ok: false, reason };
}
