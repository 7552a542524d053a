import { describe, expect, it } from 'vitest';
import { groupByMonth, latestMonths } from './SpendingChart';

const month = (m: string, code: string, amount: string) => ({ month: m, officialCode: code, amount, fund: 'PUBLIC' as const, name: code });

describe('the dashboard spending chart', () => {
  it('shows a five-year period by its latest twelve months, oldest of them first', () => {
    const rows = [];
    for (let y = 2022; y <= 2026; y++) for (let m = 1; m <= 12; m++) rows.push(month(`${y}-${String(m).padStart(2, '0')}`, 'EX-300', '10.00'));
    const groups = groupByMonth(rows);
    expect(groups).toHaveLength(60);
    const latest = latestMonths(groups);
    expect(latest.map((g) => g.month)).toEqual([...Array(12)].map((_, i) => `2026-${String(i + 1).padStart(2, '0')}`));
  });

  it('keeps a year or less whole and leaves income out', () => {
    const groups = groupByMonth([month('2026-01', 'EX-300', '5.00'), month('2026-01', 'IN-110', '900.00'), month('2026-02', 'EX-320', '7.50')]);
    expect(latestMonths(groups).map((g) => [g.month, g.total])).toEqual([['2026-01', '5.00'], ['2026-02', '7.50']]);
  });
});
