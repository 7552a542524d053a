import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/useMe';
import type { ApprovalRules, BookActor } from './permissions';

// Reference data of a book changes rarely: kept for a minute so that paging the ledger does not ask again.
const STALE = 60_000;

export function useBook(bookId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['books', bookId, 'book'],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}', { params: { path: { bookId } } })),
    staleTime: STALE,
  });
}

export function useAccounts(bookId: string) {
  return useQuery({
    queryKey: ['books', bookId, 'accounts'],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/accounts', { params: { path: { bookId }, query: { size: 500 } } })),
    select: (page) => page.items ?? [],
    staleTime: STALE,
  });
}

export function useCategories(bookId: string) {
  return useQuery({
    queryKey: ['books', bookId, 'categories'],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/categories', { params: { path: { bookId }, query: { size: 500 } } })),
    select: (page) => page.items ?? [],
    staleTime: STALE,
  });
}

export function useMembers(bookId: string) {
  return useQuery({
    queryKey: ['books', bookId, 'members'],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/members', { params: { path: { bookId }, query: { size: 500 } } })),
    select: (page) => page.items ?? [],
    staleTime: STALE,
  });
}

/** Me in this book (from GET /me) and the book's approval rules; undefined while loading. */
export function useActor(bookId: string): { actor?: BookActor; rules?: ApprovalRules } {
  const me = useMe();
  const book = useBook(bookId);
  const membership = me.data?.memberships?.find((m) => m.bookId === bookId);
  const actor =
    me.data?.id && membership?.role ? { userId: me.data.id, role: membership.role, signatory: !!membership.signatory } : undefined;
  const rules = book.data
    ? { requireApproval: !!book.data.requireApproval, fourEyes: !!book.data.fourEyes, dualApprovalAbove: book.data.dualApprovalAbove }
    : undefined;
  return { actor, rules };
}

/** Names by id, for showing who did something and which account or category an entry has. */
export function byId<T extends { id?: string }>(items: T[] | undefined): Map<string, T> {
  return new Map((items ?? []).filter((i) => i.id).map((i) => [i.id!, i]));
}

export function memberNames(members: { userId?: string; displayName?: string }[] | undefined): Map<string, string> {
  return new Map((members ?? []).filter((m) => m.userId).map((m) => [m.userId!, m.displayName ?? '']));
}
