import { describe, expect, it } from 'vitest';
import { activeFilterCount, apiQuery, PAGE_SIZE, searchFromView, viewFromSearch } from './filters';

const ACCOUNT = '0b6f1c1e-2f0d-4c55-9a51-0d1b7c3f9a10';

describe('the ledger view in the URL', () => {
  it('round-trips every filter, the sort and the page', () => {
    const search = new URLSearchParams({
      from: '2026-01-01',
      to: '2026-03-31',
      type: 'EXPENSE',
      status: 'BOOKED',
      accountId: ACCOUNT,
      categoryId: ACCOUNT,
      memberId: ACCOUNT,
      minAmount: '24.70',
      maxAmount: '1234.56',
      q: 'Toner',
      sort: 'amount,asc',
      page: '2',
    });
    const view = viewFromSearch(search);
    expect(view.page).toBe(2);
    expect(view.sort).toBe('amount,asc');
    expect(activeFilterCount(view)).toBe(10);
    expect(Object.fromEntries(searchFromView(view))).toEqual(Object.fromEntries(search));
  });

  it('keeps the URL short: defaults are left out', () => {
    expect(searchFromView(viewFromSearch(new URLSearchParams('sort=date,desc&page=0'))).toString()).toBe('');
  });

  it('drops values the API would refuse (a hand-edited link), never sends them', () => {
    const view = viewFromSearch(new URLSearchParams('from=yesterday&type=GIFT&accountId=42&minAmount=24,70&sort=evil&page=-3&q=%20'));
    expect(view.filters).toEqual({});
    expect(view.sort).toBe('date,desc');
    expect(view.page).toBe(0);
  });

  it('asks the API for the page with its filters', () => {
    const view = viewFromSearch(new URLSearchParams('status=SUBMITTED&q=Druck&page=1'));
    expect(apiQuery(view)).toEqual({ status: 'SUBMITTED', q: 'Druck', page: 1, size: PAGE_SIZE, sort: 'date,desc' });
  });
});
