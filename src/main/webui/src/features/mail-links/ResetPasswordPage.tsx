import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Field } from '../../ui/Field';
import { ProblemAlert, useBlockedByThrottle } from '../../ui/ProblemAlert';
import { PublicPage } from '../../ui/PublicPage';
import { PasswordRules } from './PasswordRules';
import { useToken } from './useToken';

export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = useToken();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const blocked = useBlockedByThrottle(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    setBusy(true);
    setError(null);
    try {
      await unwrap(api.POST('/api/v1/auth/password-reset/confirm', { body: { token, newPassword: password } }));
      setDone(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <PublicPage title={t('reset.title')}>
      {!token ? (
        <div className="alert alert-error" role="alert">
          <p>{t('mailLink.noToken')}</p>
        </div>
      ) : done ? (
        <>
          <div className="alert alert-success" role="status">
            <p>{t('reset.done')}</p>
          </div>
          <p>
            <Link className="button primary" to="/sign-in">
              {t('reset.toSignIn')}
            </Link>
          </p>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <Field
            label={t('reset.newPassword')}
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
            autoFocus
            value={password}
            hint={<PasswordRules />}
            onChange={(e) => setPassword(e.target.value)}
          />
          <Field
            label={t('reset.repeat')}
            name="repeat"
            type="password"
            autoComplete="new-password"
            required
            value={repeat}
            error={mismatch ? t('reset.mismatch') : undefined}
            onChange={(e) => setRepeat(e.target.value)}
          />
          <ProblemAlert error={error} />
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy || blocked || password === ''}>
              {t('reset.submit')}
            </button>
          </div>
        </form>
      )}
    </PublicPage>
  );
}
