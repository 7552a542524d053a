import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
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
  const reset = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/password-reset/confirm', { body: { token, newPassword: password } })),
  });
  const blocked = useBlockedByThrottle(reset.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    setMismatch(password !== repeat);
    if (password === repeat) reset.mutate();
  }

  return (
    <PublicPage title={t('reset.title')}>
      {!token ? (
        <div className="alert alert-error" role="alert">
          <p>{t('mailLink.noToken')}</p>
        </div>
      ) : reset.isSuccess ? (
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
          <ProblemAlert error={reset.error} />
          <div className="actions">
            <button type="submit" className="button primary" disabled={reset.isPending || blocked || password === ''}>
              {t('reset.submit')}
            </button>
          </div>
        </form>
      )}
    </PublicPage>
  );
}
