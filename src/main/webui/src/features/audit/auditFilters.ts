import type { operations } from '../../api/schema';

export type AuditQuery = NonNullable<operations['listAuditLog']['parameters']['query']>;

/** The audit log's filters as the URL keeps them (shareable with the auditor's colleague). */
export const AUDIT_FILTER_KEYS = ['action', 'entityType', 'entityId', 'actorId', 'from', 'to'] as const;
export type AuditFilterKey = (typeof AUDIT_FILTER_KEYS)[number];
export const AUDIT_PAGE_SIZE = 50;

export interface AuditView {
  filters: Partial<Record<AuditFilterKey, string>>;
  page: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function valid(key: AuditFilterKey, value: string): boolean {
  switch (key) {
    case 'from':
    case 'to':
      return DATE.test(value);
    case 'actorId':
      return UUID.test(value);
    default:
      return value.trim().length > 0 && value.length <= 100;
  }
}

export function auditViewFromSearch(search: URLSearchParams): AuditView {
  const filters: AuditView['filters'] = {};
  for (const key of AUDIT_FILTER_KEYS) {
    const value = search.get(key);
    if (value !== null && valid(key, value)) filters[key] = value.trim();
  }
  const page = Number(search.get('page'));
  return { filters, page: Number.isInteger(page) && page > 0 ? page : 0 };
}

export function auditSearchFromView(view: AuditView): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of AUDIT_FILTER_KEYS) {
    const value = view.filters[key];
    if (value !== undefined && value !== '' && valid(key, value)) search.set(key, value.trim());
  }
  if (view.page > 0) search.set('page', String(view.page));
  return search;
}

export function auditApiQuery(view: AuditView): AuditQuery {
  return { ...view.filters, page: view.page, size: AUDIT_PAGE_SIZE, sort: 'sequence,asc' };
}

/** The page of the unfiltered log that holds entry `sequence` (1-based, oldest first). */
export function pageOfEntry(sequence: number): number {
  return Math.max(0, Math.floor((sequence - 1) / AUDIT_PAGE_SIZE));
}
