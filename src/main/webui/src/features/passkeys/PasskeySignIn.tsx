import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { Tokens } from '../../api/session';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { cancelled, getPasskey, passkeysSupported } from './webauthn';
import './passkeys.css';

type Json = Record<string, unknown>;

/**
 * "Sign in with a passkey" on the sign-in form: no email, no password, no second factor (the passkey
 * verified the person). Hidden where the browser has no WebAuthn.
 */
export function PasskeySignIn({ onSignedIn }: { onSignedIn: (tokens: Tokens, enrollmentOnly: boolean) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [wasCancelled, setWasCancelled] = useState(false);
  if (!passkeysSupported()) return null;

  async function run() {
    setBusy(true);
    setError(null);
    setWasCancelled(false);
    try {
      const options = await unwrap(api.POST('/api/v1/auth/passkey/options'));
      const credential = await getPasskey(options.publicKey as Json);
      const answer = await unwrap(api.POST('/api/v1/auth/passkey', { body: { ceremonyId: options.ceremonyId, credential: credential as never } }));
      onSignedIn(
        { accessToken: answer.accessToken!, refreshToken: answer.refreshToken!, expiresIn: answer.expiresIn ?? 600 },
        answer.mfaEnrollmentRequired === true,
      );
    } catch (e) {
      if (cancelled(e)) setWasCancelled(true);
      else setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="passkey-sign-in">
      <button type="button" className="button" disabled={busy} onClick={() => void run()}>
        {t('passkeys.signIn')}
      </button>
      {wasCancelled && <p role="status">{t('passkeys.signInCancelled')}</p>}
      <ProblemAlert error={error} />
    </div>
  );
}
