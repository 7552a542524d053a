import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type Notification = components['schemas']['Notification'];
export type NotificationPreferences = components['schemas']['NotificationPreferences'];
export type KindPreference = components['schemas']['NotificationKindPreference'];

export function useUnreadCount(enabled = true) {
  return useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: () => unwrap(api.GET('/api/v1/me/notifications/unread-count')),
    enabled,
  });
}

export function useInbox(unreadOnly: boolean) {
  return useQuery({
    queryKey: ['notifications', 'inbox', unreadOnly],
    queryFn: () =>
      unwrap(api.GET('/api/v1/me/notifications', { params: { query: { unread: unreadOnly, size: 100 } } })),
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/me/notifications/{id}/read', { params: { path: { id } } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/me/notifications/read-all')),
    onSettled: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: ['notifications', 'preferences'],
    queryFn: () => unwrap(api.GET('/api/v1/me/notification-preferences')),
  });
}

export function useSavePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationPreferences) => unwrap(api.PUT('/api/v1/me/notification-preferences', { body })),
    onSuccess: (data) => client.setQueryData(['notifications', 'preferences'], data),
  });
}

/** Where a notification leads in the app. */
export function notificationLink(n: { kind?: Notification['kind']; bookId?: string | null; subjectId?: string | null }): string | null {
  if (!n.bookId) return n.kind === 'SECURITY' ? '/settings/security' : null;
  switch (n.kind) {
    case 'APPROVAL_REQUESTED':
      return `/books/${n.bookId}/approvals`;
    case 'CLAIM_APPROVED':
    case 'CLAIM_REJECTED':
      return n.subjectId ? `/books/${n.bookId}/transactions/${n.subjectId}` : `/books/${n.bookId}`;
    case 'CLAIM_REIMBURSED':
      return `/books/${n.bookId}/advances`;
    default:
      return `/books/${n.bookId}`;
  }
}
