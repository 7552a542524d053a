import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../api/problem';
import { blockersOf, checklist } from './blockers';

const year = { id: 'p2', name: '2026', startDate: '2026-01-01', endDate: '2026-12-31', status: 'OPEN' };
const periods = [
  { id: 'p0', name: '2024', startDate: '2024-01-01', endDate: '2024-12-31', status: 'CLOSED' },
  { id: 'p1', name: '2025', startDate: '2025-01-01', endDate: '2025-12-31', status: 'OPEN' },
  year,
  { id: 'p3', name: '2027', startDate: '2027-01-01', endDate: '2027-12-31', status: 'OPEN' },
];

describe('the blockers of a refused close', () => {
  it('are read from the 409 problem document, and only from it', () => {
    const refused = new ApiProblem(409, {
      type: 'urn:cet:problem:period-not-closable',
      title: 'Conflict',
      blockers: [{ code: 'DRAFT_IN_PERIOD', transactionId: 't1', message: 'A draft' }, 'junk'],
    });
    expect(blockersOf(refused)).toEqual([{ code: 'DRAFT_IN_PERIOD', transactionId: 't1', message: 'A draft' }]);
    expect(blockersOf(new ApiProblem(403, { title: 'Forbidden' }))).toBeNull();
    expect(blockersOf(new ApiProblem(409, { title: 'Stale' }))).toBeNull();
    expect(blockersOf(new Error('x'))).toBeNull();
  });

  it('become a checklist: earlier period first, drafts link to the ledger filtered to the period\'s drafts and to each draft', () => {
    const groups = checklist('b', year, periods, [
      { code: 'DRAFT_IN_PERIOD', transactionId: 't1' },
      { code: 'DRAFT_IN_PERIOD', transactionId: 't2' },
      { code: 'EARLIER_PERIOD_OPEN' },
      { code: 'MISSING_RECEIPT', transactionId: 't3' },
    ]);
    expect(groups.map((g) => g.code)).toEqual(['EARLIER_PERIOD_OPEN', 'DRAFT_IN_PERIOD', 'MISSING_RECEIPT']);
    expect(groups[0]!.items).toEqual([{ key: 'period-p1', code: 'EARLIER_PERIOD_OPEN', to: '/books/b/periods?period=p1', periodName: '2025' }]);
    expect(groups[1]!.to).toBe('/books/b/transactions?from=2026-01-01&to=2026-12-31&status=DRAFT');
    expect(groups[1]!.items.map((i) => i.to)).toEqual(['/books/b/transactions/t1', '/books/b/transactions/t2']);
    expect(groups[2]!.to).toBe('/books/b/transactions?from=2026-01-01&to=2026-12-31&type=EXPENSE&status=BOOKED');
  });

  it('submitted and approved entries link to their status; an unknown code is still listed', () => {
    const groups = checklist('b', year, periods, [
      { code: 'APPROVED_NOT_BOOKED', transactionId: 't5' },
      { code: 'SUBMITTED_IN_PERIOD', transactionId: 't4' },
      { code: 'SOME_FUTURE_BLOCKER' },
    ]);
    expect(groups.map((g) => [g.code, g.to])).toEqual([
      ['SUBMITTED_IN_PERIOD', '/books/b/transactions?from=2026-01-01&to=2026-12-31&status=SUBMITTED'],
      ['APPROVED_NOT_BOOKED', '/books/b/transactions?from=2026-01-01&to=2026-12-31&status=APPROVED'],
      ['OTHER', '/books/b/periods'],
    ]);
    expect(groups[2]!.items[0]!.code).toBe('SOME_FUTURE_BLOCKER');
  });
});
