/**
 * The signed-in session: the access token lives only in this module's memory; the refresh token in
 * sessionStorage, so a reload of this tab stays signed in (docs/adr/0007-web-session-tokens.md).
 * The access token is renewed a minute before it expires, and at once when the API answers 401.
 */
export interface Tokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

const REFRESH_KEY = 'cet.refreshToken';
const RENEW_BEFORE_SECONDS = 60;

let accessToken: string | null = null;
let renewTimer: ReturnType<typeof setTimeout> | undefined;
let renewing: Promise<boolean> | null = null;
const listeners = new Set<() => void>();

export function currentAccessToken(): string | null {
  return accessToken;
}

export function storedRefreshToken(): string | null {
  try {
    return sessionStorage.getItem(REFRESH_KEY);
  } catch {
    return null;
  }
}

export function isSignedIn(): boolean {
  return accessToken !== null;
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify() {
  listeners.forEach((listener) => listener());
}

export function startSession(tokens: Tokens) {
  accessToken = tokens.accessToken;
  try {
    sessionStorage.setItem(REFRESH_KEY, tokens.refreshToken);
  } catch {
    // Private modes may refuse storage: the session then lasts as long as the page.
  }
  clearTimeout(renewTimer);
  const delay = Math.max(5, tokens.expiresIn - RENEW_BEFORE_SECONDS) * 1000;
  renewTimer = setTimeout(() => void renew(), delay);
  notify();
}

export function endSession() {
  accessToken = null;
  clearTimeout(renewTimer);
  try {
    sessionStorage.removeItem(REFRESH_KEY);
  } catch {
    // nothing kept
  }
  notify();
}

/**
 * Spends the refresh token for new tokens; one renewal at a time, however many requests ask.
 * Answers false (and ends the session) when the API refuses the refresh token.
 */
export function renew(): Promise<boolean> {
  if (renewing) return renewing;
  const refreshToken = storedRefreshToken();
  if (!refreshToken) return Promise.resolve(false);
  renewing = (async () => {
    try {
      const answer = await fetch('/api/v1/auth/refresh', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ refreshToken }),
      });
      if (!answer.ok) {
        if (answer.status === 400 || answer.status === 401 || answer.status === 404) endSession();
        return false;
      }
      startSession((await answer.json()) as Tokens);
      return true;
    } catch {
      return false;
    } finally {
      renewing = null;
    }
  })();
  return renewing;
}
