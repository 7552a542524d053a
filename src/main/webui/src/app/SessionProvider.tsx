import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { endSession, isSignedIn, onSessionChange, renew, startSession, storedRefreshToken, type Tokens } from '../api/session';

type Status = 'restoring' | 'signedIn' | 'signedOut';

interface SessionContext {
  status: Status;
  signIn(tokens: Tokens): void;
  signOut(): Promise<void>;
  signOutEverywhere(): Promise<void>;
}

const Context = createContext<SessionContext | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status>(() => (storedRefreshToken() ? 'restoring' : 'signedOut'));

  useEffect(() => onSessionChange(() => setStatus(isSignedIn() ? 'signedIn' : 'signedOut')), []);

  useEffect(() => {
    // A reload keeps the refresh token (this tab's sessionStorage), not the access token: renew it.
    if (status === 'restoring') {
      void renew().then((ok) => setStatus(ok ? 'signedIn' : 'signedOut'));
    }
    // only once, on start
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const signIn = useCallback((tokens: Tokens) => startSession(tokens), []);

  const finish = useCallback(() => {
    endSession();
    queryClient.clear();
  }, [queryClient]);

  const signOut = useCallback(async () => {
    const refreshToken = storedRefreshToken();
    try {
      if (refreshToken) await api.POST('/api/v1/auth/logout', { body: { refreshToken } });
    } finally {
      finish();
    }
  }, [finish]);

  const signOutEverywhere = useCallback(async () => {
    try {
      const { data } = await api.GET('/api/v1/me/sessions');
      // Every other device first, then this one, whose token the last call needs.
      for (const s of (data ?? []).filter((x) => !x.current)) {
        await api.DELETE('/api/v1/me/sessions/{id}', { params: { path: { id: s.id! } } });
      }
    } finally {
      await signOut();
    }
  }, [signOut]);

  const value = useMemo(() => ({ status, signIn, signOut, signOutEverywhere }), [status, signIn, signOut, signOutEverywhere]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useSession(): SessionContext {
  const context = useContext(Context);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}
