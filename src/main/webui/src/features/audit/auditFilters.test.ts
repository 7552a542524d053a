import { describe, expect, it } from 'vitest';
import { auditApiQuery, auditSearchFromView, auditViewFromSearch, pageOfEntry } from './auditFilters';

describe('the audit log\'s filters in the URL', () => {
  it('keep what is valid, drop what a hand-edited URL got wrong, and go back into the same URL', () => {
    const view = auditViewFromSearch(new URLSearchParams('action=PERIOD_CLOSED&actorId=nobody&from=2026-01-01&to=yesterday&page=2'));
    expect(view).toEqual({ filters: { action: 'PERIOD_CLOSED', from: '2026-01-01' }, page: 2 });
    expect(auditSearchFromView(view).toString()).toBe('action=PERIOD_CLOSED&from=2026-01-01&page=2');
    expect(auditApiQuery(view)).toEqual({ action: 'PERIOD_CLOSED', from: '2026-01-01', page: 2, size: 50, sort: 'sequence,asc' });
  });

  it('a broken entry is found on its page of the whole log', () => {
    expect([1, 50, 51, 1234].map(pageOfEntry)).toEqual([0, 0, 1, 24]);
  });
});
