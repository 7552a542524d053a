import { ApiProblem } from '../../api/problem';
import { searchFromView, DEFAULT_SORT, type LedgerView } from '../ledger/filters';

/** One reason of a refused close, as the 409 of POST .../periods/{id}/close lists it (ClosingBlocker). */
export interface Blocker {
  code: string;
  transactionId?: string;
  message?: string;
  /** BANK_NOT_RECONCILED: the account whose statement and ledger differ. */
  accountId?: string;
}

export interface PeriodLike {
  id?: string;
  name?: string;
  startDate?: string;
  endDate?: string;
  status?: string;
}

export const BLOCKER_CODES = ['EARLIER_PERIOD_OPEN', 'DRAFT_IN_PERIOD', 'SUBMITTED_IN_PERIOD', 'APPROVED_NOT_BOOKED', 'MISSING_RECEIPT', 'BANK_NOT_RECONCILED'] as const;

/** One line of the checklist: what blocks, and where it is fixed. */
export interface ChecklistItem {
  key: string;
  code: string;
  /** Where the thing that blocks is fixed (an entry, an earlier period). */
  to: string;
  /** The entry's id or the earlier period's name, to say which one. */
  transactionId?: string;
  periodName?: string;
}

/** One kind of blocker with a link to all of its kind (the ledger filtered to them, or the period list). */
export interface ChecklistGroup {
  code: string;
  to: string;
  items: ChecklistItem[];
}

/** The blockers of a refused close, or null when the error is something else. */
export function blockersOf(error: unknown): Blocker[] | null {
  if (!(error instanceof ApiProblem) || error.status !== 409) return null;
  const blockers = error.extensions.blockers;
  if (!Array.isArray(blockers)) return null;
  return blockers.filter((b): b is Blocker => !!b && typeof b === 'object' && typeof (b as Blocker).code === 'string');
}

/** The ledger's URL showing the period's entries that match, as the ledger screen reads its filters. */
function ledger(bookId: string, period: PeriodLike, filters: LedgerView['filters']): string {
  const search = searchFromView({ filters: { from: period.startDate, to: period.endDate, ...filters }, sort: DEFAULT_SORT, page: 0 });
  return `/books/${bookId}/transactions?${search.toString()}`;
}

const LEDGER_FILTER: Record<string, LedgerView['filters']> = {
  DRAFT_IN_PERIOD: { status: 'DRAFT' },
  SUBMITTED_IN_PERIOD: { status: 'SUBMITTED' },
  APPROVED_NOT_BOOKED: { status: 'APPROVED' },
  // The ledger has no "without receipt" filter: the period's booked expenses, each blocker links to its entry.
  MISSING_RECEIPT: { type: 'EXPENSE', status: 'BOOKED' },
};

/**
 * The checklist of a refused close, grouped by kind in the order they are best fixed (earlier periods
 * first, since closing them may need their own fixes). An earlier open period has no id in the blocker:
 * it is found in the book's periods (open, starting before this one).
 */
export function checklist(bookId: string, period: PeriodLike, periods: PeriodLike[], blockers: Blocker[]): ChecklistGroup[] {
  const groups: ChecklistGroup[] = [];
  for (const code of BLOCKER_CODES) {
    const mine = blockers.filter((b) => b.code === code);
    if (mine.length === 0) continue;
    if (code === 'EARLIER_PERIOD_OPEN') {
      const earlier = periods
        .filter((p) => p.status === 'OPEN' && !!p.startDate && !!period.startDate && p.startDate < period.startDate)
        .sort((a, b) => (a.startDate! < b.startDate! ? -1 : 1));
      groups.push({
        code,
        to: `/books/${bookId}/periods`,
        items: earlier.map((p) => ({ key: `period-${p.id}`, code, to: `/books/${bookId}/periods?period=${p.id}`, periodName: p.name })),
      });
      continue;
    }
    if (code === 'BANK_NOT_RECONCILED') {
      // The account's reconciliation at the period's end: where its open lines and the difference are.
      const reconcile = (accountId?: string) =>
        `/books/${bookId}/bank/reconciliation?${new URLSearchParams({ ...(accountId ? { accountId } : {}), ...(period.endDate ? { date: period.endDate } : {}) })}`;
      groups.push({ code, to: reconcile(mine[0]?.accountId), items: mine.map((b, i) => ({ key: `${code}-${b.accountId ?? i}`, code, to: reconcile(b.accountId) })) });
      continue;
    }
    groups.push({
      code,
      to: ledger(bookId, period, LEDGER_FILTER[code]!),
      items: mine.map((b, i) => ({
        key: `${code}-${b.transactionId ?? i}`,
        code,
        to: b.transactionId ? `/books/${bookId}/transactions/${b.transactionId}` : ledger(bookId, period, LEDGER_FILTER[code]!),
        transactionId: b.transactionId,
      })),
    });
  }
  // A code this screen does not know yet still shows up, with the server's own words.
  const unknown = blockers.filter((b) => !(BLOCKER_CODES as readonly string[]).includes(b.code));
  if (unknown.length > 0) {
    groups.push({
      code: 'OTHER',
      to: `/books/${bookId}/periods`,
      items: unknown.map((b, i) => ({ key: `other-${i}`, code: b.code, to: `/books/${bookId}/periods`, transactionId: b.transactionId })),
    });
  }
  return groups;
}
