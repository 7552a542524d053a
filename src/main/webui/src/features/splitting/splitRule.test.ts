import { describe, expect, it } from 'vitest';
import { largestRemainder, previewSplit, type PreviewShare } from './splitRule';

/** The examples of ADR 0011, the same the server's SplitTest checks. */
function parts(amount: string, method: Parameters<typeof previewSplit>[1], values: (string | undefined)[]) {
  const shares: PreviewShare[] = values.map((value, i) => ({ memberId: `m${i}`, value }));
  const preview = previewSplit(amount, method, shares);
  return preview.ok ? preview.parts.map((p) => p.part) : preview.reason;
}

describe('the split preview follows the server rule', () => {
  it('gives the cent left over by three to the first listed', () => {
    expect(parts('100.00', 'EQUAL', [undefined, undefined, undefined])).toEqual(['33.34', '33.33', '33.33']);
  });
  it('gives four cents of six ways to the first four', () => {
    expect(parts('1.00', 'EQUAL', Array(6).fill(undefined))).toEqual(['0.17', '0.17', '0.17', '0.17', '0.16', '0.16']);
  });
  it('gives the cent to the larger remainder with shares', () => {
    expect(parts('10.00', 'SHARES', ['1', '2'])).toEqual(['3.33', '6.67']);
    expect(parts('47.11', 'SHARES', ['2.5', '1.5', '1'])).toEqual(['23.56', '14.13', '9.42']);
    expect(parts('0.10', 'SHARES', ['3', '3', '3'])).toEqual(['0.04', '0.03', '0.03']);
  });
  it('breaks equal remainders by the listed order with percentages', () => {
    expect(parts('0.05', 'PERCENT', ['33.33', '33.33', '33.34'])).toEqual(['0.02', '0.01', '0.02']);
    expect(parts('60.01', 'PERCENT', ['50', '25', '25'])).toEqual(['30.01', '15.00', '15.00']);
  });
  it('takes exact parts as they are', () => {
    expect(parts('30.00', 'EXACT', ['10.50', '19.50'])).toEqual(['10.50', '19.50']);
  });
  it('says why there is no preview yet', () => {
    expect(parts('10.00', 'PERCENT', ['50', '49.99'])).toBe('PERCENT_NOT_100');
    expect(parts('10.00', 'EXACT', ['5.00', '4.99'])).toBe('EXACT_NOT_AMOUNT');
    expect(parts('10.00', 'SHARES', ['0', '1'])).toBe('BAD_VALUE');
    expect(parts('10.00', 'EQUAL', [])).toBe('NO_SHARES');
  });
  it('never reads a comma as a decimal point or a thousands group', () => {
    expect(parts('10.00', 'SHARES', ['1,5', '1'])).toBe('BAD_VALUE');
  });
  it('always sums to the amount, for any weights', () => {
    for (let total = 0n; total < 400n; total += 7n) {
      const weights = [1n, 3n, 7n, 11n, 13n].slice(0, Number(total % 5n) + 1);
      const split = largestRemainder(total, weights);
      expect(split.reduce((a, b) => a + b, 0n)).toBe(total);
      expect(split.every((p) => p >= 0n)).toBe(true);
    }
  });
});
