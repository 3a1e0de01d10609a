/**
 * Restoring the window where the user left it, but only where it can be seen:
 * a monitor may have been unplugged or rearranged since, and a window restored
 * off-screen looks like an app that does not start.
 */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface SavedWindowState {
  readonly bounds?: Rect | undefined;
  readonly maximized: boolean;
}

export interface WindowPlacement {
  /** Undefined: let Electron centre a window of the default size on the primary display. */
  readonly bounds: Rect | undefined;
  readonly maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;
export const MIN_WINDOW_SIZE = { width: 640, height: 400 } as const;
/** How much of the title bar must be on a display for the user to grab and move the window. */
const GRAB_WIDTH = 100;
const TITLE_BAR_HEIGHT = 32;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function isFiniteRect(rect: Rect): boolean {
  return (
    [rect.x, rect.y, rect.width, rect.height].every((n) => Number.isFinite(n)) && rect.width > 0 && rect.height > 0
  );
}

/** The display whose work area shows enough of the window's title bar, if any. */
export function displayShowing(bounds: Rect, workAreas: readonly Rect[]): Rect | undefined {
  if (!isFiniteRect(bounds)) return undefined;
  const titleBar: Rect = {
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: Math.min(TITLE_BAR_HEIGHT, bounds.height),
  };
  return workAreas.find((area) => {
    const visible = overlap(titleBar, area);
    return (
      visible.width >= Math.min(GRAB_WIDTH, bounds.width) &&
      visible.height >= Math.min(TITLE_BAR_HEIGHT, bounds.height) / 2
    );
  });
}

/** Saved bounds (shrunk to fit their display) when visible; the default otherwise. */
export function restoreWindowPlacement(
  saved: SavedWindowState | undefined,
  workAreas: readonly Rect[],
): WindowPlacement {
  const bounds = saved?.bounds;
  if (bounds === undefined) return { bounds: undefined, maximized: false };
  const area = displayShowing(bounds, workAreas);
  if (area === undefined) return { bounds: undefined, maximized: false };
  const width = Math.round(Math.max(MIN_WINDOW_SIZE.width, Math.min(bounds.width, area.width)));
  const height = Math.round(Math.max(MIN_WINDOW_SIZE.height, Math.min(bounds.height, area.height)));
  // Keep the top-left corner on the display after shrinking.
  const x = Math.round(Math.min(Math.max(bounds.x, area.x), area.x + area.width - Math.min(width, area.width)));
  const y = Math.round(Math.min(Math.max(bounds.y, area.y), area.y + area.height - Math.min(height, area.height)));
  return { bounds: { x, y, width, height }, maximized: saved?.maximized === true };
}
