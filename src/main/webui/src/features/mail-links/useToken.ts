import { useSearchParams } from 'react-router';

/** The one-time token of a mail link (`?token=`). */
export function useToken(): string {
  const [params] = useSearchParams();
  return params.get('token')?.trim() ?? '';
}
