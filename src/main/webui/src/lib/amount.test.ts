import { describe, expect, it } from 'vitest';
import { formatMoney, parseAmount } from './amount';

describe('parseAmount reads what people type', () => {
  it.each([
    ['24,70', '24.70'],
    ['1.234,56', '1234.56'],
    ['24.70', '24.70'],
    ['1,234.56', '1234.56'],
    ['1,5', '1.50'],
    ['1.5', '1.50'],
    ['5', '5.00'],
    [' 12 € ', '12.00'],
    ['1.234', '1234.00'],
    ['1.234.567,89', '1234567.89'],
    ['0,99', '0.99'],
    [',50', '0.50'],
    ['-3,20', '-3.20'],
    ['007,10', '7.10'],
  ])('%s → %s', (typed, expected) => {
    expect(parseAmount(typed)).toBe(expected);
  });

  it('never turns German 1,5 into 15', () => {
    expect(parseAmount('1,5')).not.toBe('15.00');
  });

  it.each(['', 'abc', '1,2,3', '12,345', '1.23.4', '1,234,5', '12.3456', '1..2', '€', '1.234,5.6', '12345678901234'])(
    'refuses %j',
    (typed) => {
      expect(parseAmount(typed)).toBeNull();
    },
  );
});

describe('formatMoney', () => {
  it('formats German and English without floating point', () => {
    expect(formatMoney('1234.56', 'de')).toBe('1.234,56\u00a0€');
    expect(formatMoney('1234.56', 'en')).toBe('€1,234.56');
    expect(formatMoney('90071992547409.99', 'de')).toBe('90.071.992.547.409,99\u00a0€');
  });
});
