import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Field } from '../../ui/Field';
import { ProblemAlert, useBlockedByThrottle } from '../../ui/ProblemAlert';
import { PublicPage } from '../../ui/PublicPage';

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const blocked = useBlockedByThrottle(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await unwrap(api.POST('/api/v1/auth/password-reset', { body: { email: email.trim() } }));
      setSent(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <PublicPage title={t('forgot.title')}>
      {sent ? (
        <div className="alert alert-success" role="status">
          <p>{t('forgot.sent')}</p>
        </div>
      ) : (
        <form onSubmit={submit} noValidate>
          <p>{t('forgot.intro')}</p>
          <Field label={t('signIn.email')} name="email" type="email" autoComplete="email" required autoFocus value={email} onChange={(e) => setEmail(e.target.value)} />
          <ProblemAlert error={error} />
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy || blocked || email.trim() === ''}>
              {t('forgot.submit')}
            </button>
          </div>
        </form>
      )}
      <p>
        <Link to="/sign-in">{t('common.backToSignIn')}</Link>
      </p>
    </PublicPage>
  );
}
