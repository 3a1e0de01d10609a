import { describe, expect, it } from 'vitest';
import { displayShowing, restoreWindowPlacement } from '../../../src/main/window/bounds';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const external = { x: 1440, y: -200, width: 2560, height: 1415 };

describe('restoring the window', () => {
  it('uses the saved bounds and maximized state when they are on a display', () => {
    const saved = { bounds: { x: 1600, y: 0, width: 1200, height: 900 }, maximized: true };
    expect(restoreWindowPlacement(saved, [laptop, external])).toEqual(saved);
  });

  it('falls back to the default when the display it was on is gone', () => {
    const saved = { bounds: { x: 1600, y: 0, width: 1200, height: 900 }, maximized: true };
    expect(restoreWindowPlacement(saved, [laptop])).toEqual({ bounds: undefined, maximized: false });
  });

  it('needs the title bar on screen, not just a corner of the window', () => {
    expect(displayShowing({ x: 100, y: -780, width: 800, height: 800 }, [laptop])).toBeUndefined();
    expect(displayShowing({ x: 1400, y: 100, width: 800, height: 600 }, [laptop])).toBeUndefined();
    expect(displayShowing({ x: 1300, y: 100, width: 800, height: 600 }, [laptop])).toEqual(laptop);
  });

  it('shrinks a window larger than its display and keeps it on it', () => {
    const placement = restoreWindowPlacement(
      { bounds: { x: 1000, y: 10, width: 3000, height: 2000 }, maximized: false },
      [laptop],
    );
    expect(placement.bounds).toEqual({ x: 0, y: 0, width: 1440, height: 875 });
  });

  it('ignores nonsense bounds and a first start without any', () => {
    expect(
      restoreWindowPlacement({ bounds: { x: Number.NaN, y: 0, width: 800, height: 600 }, maximized: true }, [laptop])
        .bounds,
    ).toBeUndefined();
    expect(restoreWindowPlacement(undefined, [laptop])).toEqual({ bounds: undefined, maximized: false });
  });
});
