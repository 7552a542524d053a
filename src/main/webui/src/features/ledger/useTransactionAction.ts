import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

type Transaction = components['schemas']['Transaction'];

export type WorkflowCall =
  | { action: 'submit' | 'approve' | 'rework'; id: string }
  | { action: 'book'; id: string; accountId?: string; date?: string }
  | { action: 'reject'; id: string; reason: string }
  | { action: 'reverse'; id: string; reason: string; date: string }
  | { action: 'delete'; id: string };

/** The workflow calls of an entry; afterwards everything of the book is read again (lists, totals, overview). */
export function useTransactionAction(bookId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (call: WorkflowCall): Promise<Transaction | undefined> => {
      const params = { path: { bookId, id: call.id } };
      switch (call.action) {
        case 'submit':
          return unwrap(api.POST('/api/v1/books/{bookId}/transactions/{id}/submit', { params }));
        case 'approve':
          return unwrap(api.POST('/api/v1/books/{bookId}/transactions/{id}/approve', { params }));
        case 'book':
          return unwrap(
            api.POST('/api/v1/books/{bookId}/transactions/{id}/book', { params, body: { accountId: call.accountId, date: call.date } }),
          );
        case 'rework':
          return unwrap(api.POST('/api/v1/books/{bookId}/transactions/{id}/rework', { params }));
        case 'reject':
          return unwrap(api.POST('/api/v1/books/{bookId}/transactions/{id}/reject', { params, body: { reason: call.reason } }));
        case 'reverse':
          return unwrap(
            api.POST('/api/v1/books/{bookId}/transactions/{id}/reverse', { params, body: { reason: call.reason, date: call.date } }),
          );
        case 'delete':
          await unwrap(api.DELETE('/api/v1/books/{bookId}/transactions/{id}', { params }));
          return undefined;
      }
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['books', bookId] }),
  });
}
