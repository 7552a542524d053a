import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Field } from '../../ui/Field';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { PasswordRules } from '../mail-links/PasswordRules';

/** A new password with the current one; optionally every other device is signed out at once. */
export function PasswordChange() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [endOthers, setEndOthers] = useState(true);
  const [done, setDone] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/me/password', { body: { currentPassword: current, newPassword: next, endOtherSessions: endOthers } })),
    onMutate: () => setDone(null),
    onSuccess: () => {
      setDone(t(endOthers ? 'settings.password.doneEnded' : 'settings.password.done'));
      setCurrent('');
      setNext('');
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    change.mutate();
  }

  return (
    // No aria-labelledby: a form named "Passwort" would be one more thing called "Passwort" beside the field of the TOTP removal.
    <form className="admin-form" onSubmit={submit} noValidate>
      <h2 id="password-title">{t('settings.password.title')}</h2>
      <Field
        label={t('settings.password.current')}
        type="password"
        autoComplete="current-password"
        required
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
      />
      <Field
        label={t('settings.password.new')}
        type="password"
        autoComplete="new-password"
        required
        value={next}
        onChange={(e) => setNext(e.target.value)}
        hint={<PasswordRules />}
      />
      <div className="check">
        <input id="end-other-sessions" type="checkbox" checked={endOthers} onChange={(e) => setEndOthers(e.target.checked)} />
        <label htmlFor="end-other-sessions">{t('settings.password.endOthers')}</label>
      </div>
      <ProblemAlert error={change.error} />
      {done && (
        <p className="alert alert-success" role="status">
          {done}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button primary" disabled={change.isPending || current === '' || next === ''}>
          {t('settings.password.submit')}
        </button>
      </div>
    </form>
  );
}
