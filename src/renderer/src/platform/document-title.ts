/** What the window title and the downloads are called: the plan's name, else the file's, else "Untitled". */

export const APP_NAME = 'Org Planner';

export function displayName(planName: string | undefined, fileName: string | null): string {
  const name = planName?.trim() ?? '';
  if (name !== '') return name;
  return fileName ?? 'Untitled';
}

/**
 * "• Name — Org Planner" while there are unsaved changes, "Name — Org Planner" otherwise; with the shown
 * scenario when the plan has several: "Name — Split PMs — Org Planner".
 */
export function windowTitle(name: string, dirty: boolean, scenario?: string): string {
  const shown = scenario === undefined ? '' : ` — ${scenario}`;
  return `${dirty ? '• ' : ''}${name === '' ? 'Untitled' : name}${shown} — ${APP_NAME}`;
}

/** A safe file name stem from a plan name: no path separators or characters Windows refuses. */
export function fileStem(name: string): string {
  const stem = name
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return stem === '' ? 'Untitled' : stem.slice(0, 120);
}

/** "checkout.orgplan.json" → "checkout"; "team.png" → "team". */
export function stemOfFileName(fileName: string): string {
  return fileName.replace(/\.orgplan\.json$/i, '').replace(/\.[a-z0-9]+$/i, '');
}
