/** Arrow keys move between cards as the chart is drawn; Tab reads it top-down, left to right. */
import { describe, expect, it } from 'vitest';
import { chartOrder, nearestCard, type CardBox } from '@shared/view/card-navigation';

const box = (id: string, x: number, y: number): CardBox => ({ id, x, y, width: 220, height: 84 });

// A manager with two reports below, a stakeholder to the manager's right, and a card far off down-right.
const CHART = [box('pm', 260, 0), box('a', 0, 160), box('b', 520, 160), box('sh', 560, 0), box('far', 2000, 900)];

describe('nearestCard', () => {
  it('goes to the card straight ahead before one off to the side', () => {
    expect(nearestCard(CHART, 'pm', 'right')).toBe('sh');
    expect(nearestCard(CHART, 'a', 'right')).toBe('b');
    expect(nearestCard(CHART, 'b', 'left')).toBe('a');
    expect(nearestCard(CHART, 'a', 'up')).toBe('pm');
    expect(nearestCard(CHART, 'pm', 'down')).toBe('a');
  });

  it('goes nowhere when no card lies that way, or from a card it does not know', () => {
    expect(nearestCard(CHART, 'pm', 'up')).toBeUndefined();
    expect(nearestCard(CHART, 'a', 'left')).toBeUndefined();
    expect(nearestCard(CHART, 'nobody', 'down')).toBeUndefined();
  });
});

describe('chartOrder', () => {
  it('orders by row, then left to right, cards with nearby centres sharing a row', () => {
    const pill = { id: 'pill', x: 900, y: 10, width: 220, height: 64 };
    const ordered = chartOrder([...CHART, pill], (card) => card, 84).map((card) => card.id);
    expect(ordered).toEqual(['pm', 'sh', 'pill', 'a', 'b', 'far']);
  });
});
