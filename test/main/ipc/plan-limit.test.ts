import { describe, expect, it } from 'vitest';
import { MAX_PLAN_BYTES } from '@shared/model/limits';
import { planText } from '../../../src/main/ipc/validators';

describe('the plan limit over IPC', () => {
  it('accepts any plan text up to MAX_PLAN_BYTES in UTF-8 bytes, as Open and import-csv count them', () => {
    const accented = 'é'.repeat(MAX_PLAN_BYTES / 2); // 2 bytes each: exactly the limit
    expect(planText(accented, 'text')).toBe(accented);
    const ascii = 'x'.repeat(MAX_PLAN_BYTES);
    expect(planText(ascii, 'text')).toBe(ascii);
  });

  it('refuses one byte more, counting bytes rather than characters', () => {
    expect(() => planText(`${'é'.repeat(MAX_PLAN_BYTES / 2)}x`, 'text')).toThrow(/at most 50 MiB/);
    expect(() => planText('€'.repeat(MAX_PLAN_BYTES / 3 + 1), 'text')).toThrow(/at most 50 MiB/);
  });
});
