import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, unwrap } from '../api/client';
import { setLanguage } from '../i18n';
import { useSession } from './SessionProvider';

/** GET /me: who I am, my language and my books. */
export function useMe() {
  const { status } = useSession();
  const query = useQuery({
    queryKey: ['me'],
    queryFn: () => unwrap(api.GET('/api/v1/me')),
    enabled: status === 'signedIn',
    staleTime: 60_000,
  });
  const locale = query.data?.locale;
  useEffect(() => {
    if (locale) setLanguage(locale);
  }, [locale]);
  return query;
}

/** Switches the language and keeps it in the account (it is also the language of my mails). */
export function useLanguageChoice() {
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: (locale: string) => unwrap(api.PATCH('/api/v1/me', { body: { locale } })),
    onSuccess: (me) => client.setQueryData(['me'], me),
  });
  return (language: string) => {
    setLanguage(language);
    mutation.mutate(language);
  };
}
