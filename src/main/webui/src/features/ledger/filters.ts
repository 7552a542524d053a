import type { operations } from '../../api/schema';

export type LedgerQuery = NonNullable<operations['listTransactions']['parameters']['query']>;

/** Every filter of GET /books/{id}/transactions, plus sort and paging, as the URL keeps them. */
export const FILTER_KEYS = ['from', 'to', 'type', 'status', 'accountId', 'categoryId', 'memberId', 'minAmount', 'maxAmount', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const TYPES = ['EXPENSE', 'INCOME', 'TRANSFER'] as const;
export const STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'BOOKED', 'REJECTED'] as const;
export const SORTS = ['date,desc', 'date,asc', 'amount,desc', 'amount,asc', 'createdAt,desc', 'counterparty,asc', 'status,asc'] as const;
export const DEFAULT_SORT = 'date,desc';
export const PAGE_SIZE = 25;

export interface LedgerView {
  filters: Partial<Record<FilterKey, string>>;
  sort: string;
  page: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const AMOUNT = /^\d{1,13}\.\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Which values each filter accepts; anything else in a (hand-edited) URL is left out, never sent. */
function valid(key: FilterKey, value: string): boolean {
  switch (key) {
    case 'from':
    case 'to':
      return DATE.test(value);
    case 'type':
      return (TYPES as readonly string[]).includes(value);
    case 'status':
      return (STATUSES as readonly string[]).includes(value);
    case 'accountId':
    case 'categoryId':
    case 'memberId':
      return UUID.test(value);
    case 'minAmount':
    case 'maxAmount':
      return AMOUNT.test(value);
    case 'q':
      return value.trim().length > 0 && value.length <= 200;
  }
}

/** The URL's query as the ledger's view. */
export function viewFromSearch(search: URLSearchParams): LedgerView {
  const filters: LedgerView['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = search.get(key);
    if (value !== null && valid(key, value)) filters[key] = value;
  }
  const sort = search.get('sort');
  const page = Number(search.get('page'));
  return {
    filters,
    sort: sort && (SORTS as readonly string[]).includes(sort) ? sort : DEFAULT_SORT,
    page: Number.isInteger(page) && page > 0 ? page : 0,
  };
}

/** The view as the URL's query: only what differs from the defaults, in a stable order (shareable). */
export function searchFromView(view: LedgerView): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = view.filters[key];
    if (value !== undefined && value !== '' && valid(key, value)) search.set(key, value);
  }
  if (view.sort !== DEFAULT_SORT) search.set('sort', view.sort);
  if (view.page > 0) search.set('page', String(view.page));
  return search;
}

/** The view as the API's query parameters. */
export function apiQuery(view: LedgerView): LedgerQuery {
  const query: LedgerQuery = { sort: view.sort, page: view.page, size: PAGE_SIZE };
  for (const key of FILTER_KEYS) {
    const value = view.filters[key];
    if (value !== undefined) (query as Record<string, unknown>)[key] = value;
  }
  return query;
}

/** How many filters are set (shown on the phone's collapsed filter panel). */
export function activeFilterCount(view: LedgerView): number {
  return FILTER_KEYS.filter((k) => view.filters[k] !== undefined).length;
}
