import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** Every budget's status in the window containing today (the API's default). */
export function useBudgetStatus(bookId: string) {
  return useQuery({
    queryKey: ['books', bookId, 'budgets', 'status'],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/budgets/status', { params: { path: { bookId } } })),
  });
}

/** The budget as stored (for the editor): content, version and the limit that holds today. */
export function useBudget(bookId: string, budgetId: string | undefined) {
  return useQuery({
    queryKey: ['books', bookId, 'budgets', budgetId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/books/{bookId}/budgets/{budgetId}', { params: { path: { bookId, budgetId: budgetId! } } })),
    enabled: !!budgetId,
  });
}
