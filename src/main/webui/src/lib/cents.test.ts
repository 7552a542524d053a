import { describe, expect, it } from 'vitest';
import { compareMoney, fromCents, permille, sumMoney, toCents } from './cents';

describe('money in cents, without floating point', () => {
  it('reads and writes API amounts', () => {
    expect(toCents('1234.56')).toBe(123456n);
    expect(toCents('-0.05')).toBe(-5n);
    expect(fromCents(-5n)).toBe('-0.05');
    expect(fromCents(123456n)).toBe('1234.56');
  });

  it('sums exactly where floating point would not (0.10 + 0.20)', () => {
    expect(sumMoney(['0.10', '0.20'])).toBe('0.30');
    expect(sumMoney([])).toBe('0.00');
  });

  it('compares and gives bar lengths in thousandths', () => {
    expect(compareMoney('10.00', '9.99')).toBe(1);
    expect(compareMoney('-1.00', '0.00')).toBe(-1);
    expect(permille('24.70', '49.40')).toBe(500);
    expect(permille('100.00', '50.00')).toBe(1000);
    expect(permille('5.00', '0.00')).toBe(0);
  });
});
