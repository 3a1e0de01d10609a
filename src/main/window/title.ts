/** The window title: `• Plan name — Org Planner` while there are unsaved changes. */
import { basename } from 'node:path';

export const APP_NAME = 'Org Planner';
export const UNTITLED = 'Untitled';
const MAX_TITLE_NAME = 200;

/** `checkout.orgplan.json` → `checkout`; other names lose only a `.json` ending. */
export function nameFromPath(filePath: string): string {
  const base = basename(filePath);
  const lower = base.toLowerCase();
  if (lower.endsWith('.orgplan.json')) return base.slice(0, -'.orgplan.json'.length);
  if (lower.endsWith('.json')) return base.slice(0, -'.json'.length);
  return base;
}

/** The plan's own name when it has one, else the file's, else "Untitled"; one line, bounded. */
export function documentDisplayName(planName: string, filePath: string | null): string {
  // Control characters (new lines, tabs, bidi overrides) have no place in a title bar.
  // eslint-disable-next-line no-control-regex
  const clean = (text: string): string => text.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, ' ').trim();
  const fromPlan = clean(planName);
  const fromFile = filePath === null ? '' : clean(nameFromPath(filePath));
  const name = fromPlan !== '' ? fromPlan : fromFile !== '' ? fromFile : UNTITLED;
  return name.length > MAX_TITLE_NAME ? `${name.slice(0, MAX_TITLE_NAME - 1)}…` : name;
}

/** `• Plan name — Split PMs — Org Planner`: the scenario shown when the plan has several (issue 17). */
export function formatWindowTitle(displayName: string, dirty: boolean, scenario?: string): string {
  const shown = scenario === undefined ? '' : ` — ${documentDisplayName(scenario, null)}`;
  return `${dirty ? '• ' : ''}${displayName}${shown} — ${APP_NAME}`;
}
