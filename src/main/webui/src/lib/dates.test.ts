import { describe, expect, it } from 'vitest';
import { formatDate } from './dates';

describe('formatDate', () => {
  it('prints API dates the German and the English way, never a day off', () => {
    expect(formatDate('2026-01-01', 'de')).toBe('01.01.2026');
    expect(formatDate('2026-12-31', 'en')).toBe('31/12/2026');
  });

  it('leaves what is no date alone', () => {
    expect(formatDate(undefined, 'de')).toBe('');
    expect(formatDate('soon', 'de')).toBe('soon');
  });
});
