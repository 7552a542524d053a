import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useMe } from '../../app/useMe';
import { LANGUAGES, setLanguage } from '../../i18n';
import { Field } from '../../ui/Field';
import { ProblemAlert } from '../../ui/ProblemAlert';

type MyAccount = components['schemas']['MyAccount'];

/** My settings, profile: the name others see, my language (also of my mails), my email address. */
export default function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <p role="status">{t('common.loading')}</p>;
  if (me.isError) return <ProblemAlert error={me.error} />;
  return (
    <section className="settings">
      <h1>{t('settings.profile.title')}</h1>
      <NameAndLanguage key={me.data.id} me={me.data} />
      <EmailChange me={me.data} />
    </section>
  );
}

function NameAndLanguage({ me }: { me: MyAccount }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [name, setName] = useState(me.displayName ?? '');
  const [locale, setLocale] = useState(me.locale === 'en' ? 'en' : 'de');
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: () => unwrap(api.PATCH('/api/v1/me', { body: { displayName: name.trim(), locale } })),
    onMutate: () => setSaved(false),
    onSuccess: (changed) => {
      client.setQueryData(['me'], changed);
      if (changed.locale) setLanguage(changed.locale);
      setSaved(true);
      // Member lists show my name.
      return client.invalidateQueries({ queryKey: ['books'] });
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate();
  }

  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-labelledby="profile-name">
      <h2 id="profile-name">{t('settings.profile.nameTitle')}</h2>
      <Field label={t('settings.profile.displayName')} autoComplete="name" required value={name} onChange={(e) => setName(e.target.value)} />
      <div className="field">
        <label htmlFor="profile-language">{t('settings.profile.language')}</label>
        <select id="profile-language" value={locale} onChange={(e) => setLocale(e.target.value)}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`settings.profile.languages.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <ProblemAlert error={save.error} />
      {saved && (
        <p className="alert alert-success" role="status">
          {t('settings.profile.saved')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button primary" disabled={save.isPending || name.trim() === ''}>
          {t('settings.save')}
        </button>
      </div>
    </form>
  );
}

/** A new address counts once its owner opened the link mailed to it; until then the old one stays. */
function EmailChange({ me }: { me: MyAccount }) {
  const { t } = useTranslation();
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: (body: components['schemas']['ChangeEmailRequest']) => unwrap(api.POST('/api/v1/me/email', { body })),
    onMutate: () => setSentTo(null),
    onSuccess: (_, body) => {
      setSentTo(body.newEmail ?? '');
      setNewEmail('');
      setPassword('');
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    change.mutate({ newEmail: newEmail.trim(), currentPassword: password });
  }

  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-labelledby="profile-email">
      <h2 id="profile-email">{t('settings.email.title')}</h2>
      <p>
        {t('settings.email.current')} <strong className="mono">{me.email}</strong>{' '}
        {me.emailVerified ? t('settings.email.verified') : t('settings.email.unverified')}
      </p>
      <Field label={t('settings.email.newEmail')} type="email" autoComplete="email" required value={newEmail} onChange={(e) => setNewEmail(e.target.value)} />
      <Field
        label={t('settings.email.password')}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <ProblemAlert error={change.error} />
      {sentTo && (
        <p className="alert alert-success" role="status">
          {t('settings.email.sent', { email: sentTo })}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button primary" disabled={change.isPending || newEmail.trim() === '' || password === ''}>
          {t('settings.email.submit')}
        </button>
      </div>
    </form>
  );
}
