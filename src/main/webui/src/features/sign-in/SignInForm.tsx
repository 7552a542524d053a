import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Tokens } from '../../api/session';
import { Field } from '../../ui/Field';
import { ProblemAlert, useBlockedByThrottle } from '../../ui/ProblemAlert';
import { PasskeySignIn } from '../passkeys/PasskeySignIn';
import { login, loginWithCode, type LoginResult } from './signIn';

/**
 * Email and password, then (when the account has MFA) a TOTP or recovery code. Used by the sign-in
 * page and by the invitation page for people who already have an account.
 */
export function SignInForm({ initialEmail = '', onSignedIn }: { initialEmail?: string; onSignedIn: (tokens: Tokens, enrollmentOnly: boolean) => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [mfaToken, setMfaToken] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [useRecovery, setUseRecovery] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const blocked = useBlockedByThrottle(error);

  async function run(step: () => Promise<LoginResult>) {
    setBusy(true);
    setError(null);
    try {
      const r = await step();
      if ('mfaToken' in r) {
        setMfaToken(r.mfaToken);
        setPassword('');
      } else {
        onSignedIn(r.tokens, r.enrollmentOnly);
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  function submitPassword(event: FormEvent) {
    event.preventDefault();
    void run(() => login(email.trim(), password));
  }

  function submitCode(event: FormEvent) {
    event.preventDefault();
    void run(() => loginWithCode(mfaToken!, code.replace(/\s/g, '')));
  }

  if (mfaToken) {
    return (
      <form onSubmit={submitCode} noValidate>
        <p>{useRecovery ? t('signIn.recoveryIntro') : t('signIn.codeIntro')}</p>
        <Field
          label={useRecovery ? t('signIn.recoveryCode') : t('signIn.code')}
          name="code"
          autoComplete="one-time-code"
          inputMode={useRecovery ? 'text' : 'numeric'}
          required
          autoFocus
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
        <ProblemAlert error={error} />
        <div className="actions">
          <button type="submit" className="button primary" disabled={busy || blocked || code.trim() === ''}>
            {t('signIn.confirmCode')}
          </button>
          <button type="button" className="link-button" onClick={() => { setUseRecovery(!useRecovery); setCode(''); }}>
            {useRecovery ? t('signIn.useApp') : t('signIn.useRecovery')}
          </button>
        </div>
      </form>
    );
  }

  return (
    <form onSubmit={submitPassword} noValidate>
      <Field
        label={t('signIn.email')}
        name="email"
        type="email"
        autoComplete="username"
        required
        autoFocus={!initialEmail}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <Field
        label={t('signIn.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        autoFocus={!!initialEmail}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <ProblemAlert error={error} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy || blocked}>
          {t('signIn.submit')}
        </button>
        <Link to="/forgot-password">{t('signIn.forgot')}</Link>
      </div>
      <PasskeySignIn onSignedIn={onSignedIn} />
    </form>
  );
}
