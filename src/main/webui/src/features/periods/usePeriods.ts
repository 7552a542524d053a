import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** The book's periods, oldest first (every member may read them). */
export function usePeriods(bookId: string) {
  return useQuery({
    queryKey: ['books', bookId, 'periods'],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/periods', { params: { path: { bookId }, query: { size: 500 } } })),
    select: (page) => page.items ?? [],
  });
}

/** The period a report shows by default: the newest closed one (the year end being signed), else the newest. */
export function defaultPeriodId(periods: { id?: string; status?: string; startDate?: string }[]): string | undefined {
  const closed = periods.filter((p) => p.status === 'CLOSED');
  const pick = (closed.length > 0 ? closed : periods).at(-1);
  return pick?.id;
}
