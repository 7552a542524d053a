import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type BankLine = components['schemas']['BankLine'];
export type LineStatus = NonNullable<BankLine['status']>;
export type Rule = components['schemas']['Rule'];
export type RuleInput = components['schemas']['RuleInput'];
export type RuleCondition = components['schemas']['RuleCondition'];
export type StatementImport = components['schemas']['StatementImport'];
export type ImportProfile = components['schemas']['ImportProfile'];
export type Reconciliation = components['schemas']['Reconciliation'];

export const LINE_STATUSES: readonly LineStatus[] = ['NEW', 'DUPLICATE_SUSPECTED', 'MATCHED', 'IGNORED'];

/** Every key of this feature's data starts here, so one invalidation refreshes inbox, rules and reconciliation. */
export const bankKey = (bookId: string) => ['books', bookId, 'bank'] as const;

export function useBankLines(bookId: string, status: LineStatus | undefined, accountId: string | undefined) {
  return useQuery({
    queryKey: [...bankKey(bookId), 'lines', status ?? '', accountId ?? ''],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/books/{bookId}/bank-lines', {
          params: { path: { bookId }, query: { status, accountId: accountId || undefined, size: 500 } },
        }),
      ),
  });
}

export function useRules(bookId: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...bankKey(bookId), 'rules'],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/rules', { params: { path: { bookId } } })),
  });
}

export function useProfiles(bookId: string, enabled: boolean) {
  const presets = useQuery({
    enabled,
    queryKey: ['import-profile-presets'],
    queryFn: () => unwrap(api.GET('/api/v1/import-profiles/presets')),
    staleTime: Infinity,
  });
  const saved = useQuery({
    enabled,
    queryKey: [...bankKey(bookId), 'profiles'],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/import-profiles', { params: { path: { bookId } } })),
  });
  return { presets, saved };
}

export function useReconciliation(bookId: string, accountId: string, date: string) {
  return useQuery({
    enabled: !!accountId,
    queryKey: [...bankKey(bookId), 'reconciliation', accountId, date],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/books/{bookId}/accounts/{accountId}/reconciliation', {
          params: { path: { bookId, accountId }, query: { date: date || undefined } },
        }),
      ),
  });
}

/** A suggested entry, to say which one it is (counterparty, date, amount, status). */
export function useTransaction(bookId: string, id: string | undefined) {
  return useQuery({
    enabled: !!id,
    queryKey: ['books', bookId, 'transactions', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/transactions/{id}', { params: { path: { bookId, id: id! } } })),
    staleTime: 30_000,
  });
}

export function uploadStatement(bookId: string, accountId: string, file: File, profileId: string | undefined) {
  const form = new FormData();
  form.append('file', file, file.name);
  if (profileId) form.append('profileId', profileId);
  return unwrap(
    api.POST('/api/v1/books/{bookId}/accounts/{accountId}/imports', {
      params: { path: { bookId, accountId } },
      body: form as never,
      bodySerializer: (body) => body as unknown as FormData,
    }),
  );
}
