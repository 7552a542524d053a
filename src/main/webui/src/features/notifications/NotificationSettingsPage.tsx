import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { usePreferences, useSavePreferences, type KindPreference, type NotificationPreferences } from './api';
import './notifications.css';

type Digest = NotificationPreferences['digest'];
const DIGESTS: Digest[] = ['NONE', 'DAILY', 'WEEKLY'];

/** My settings, notifications (`/settings/notifications`): mail and inbox per kind, and the digest. */
export default function NotificationSettingsPage() {
  const { t } = useTranslation();
  const preferences = usePreferences();
  const save = useSavePreferences();
  const [kinds, setKinds] = useState<KindPreference[]>([]);
  const [digest, setDigest] = useState<Digest>('NONE');

  useEffect(() => {
    if (preferences.data) {
      setKinds(preferences.data.kinds);
      setDigest(preferences.data.digest);
    }
  }, [preferences.data]);

  function toggle(kind: KindPreference['kind'], channel: 'email' | 'inApp', value: boolean) {
    save.reset();
    setKinds((all) => all.map((k) => (k.kind === kind ? { ...k, [channel]: value } : k)));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ digest, kinds: kinds.map(({ kind, email, inApp }) => ({ kind, email, inApp })) });
  }

  if (preferences.isPending) return <p role="status">{t('common.loading')}</p>;
  if (preferences.isError) return <ProblemAlert error={preferences.error} />;

  return (
    <section className="settings">
      <h1>{t('notifications.settings.title')}</h1>
      <p>
        <Link to="/notifications">{t('notifications.settings.inboxLink')}</Link>
      </p>
      <form onSubmit={submit} noValidate className="settings-form">
        <table className="preferences-table">
          <caption className="visually-hidden">{t('notifications.settings.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('notifications.settings.kind')}</th>
              <th scope="col">{t('notifications.settings.email')}</th>
              <th scope="col">{t('notifications.settings.inApp')}</th>
            </tr>
          </thead>
          <tbody>
            {kinds.map((k) => {
              const label = t(`notifications.kind.${k.kind}`);
              return (
                <tr key={k.kind}>
                  <th scope="row">
                    {label}
                    {k.alwaysOn && <span className="hint">{t('notifications.settings.alwaysOn')}</span>}
                  </th>
                  <td className="check">
                    <input
                      type="checkbox"
                      aria-label={`${label}: ${t('notifications.settings.email')}`}
                      checked={k.email}
                      disabled={k.alwaysOn}
                      onChange={(e) => toggle(k.kind, 'email', e.target.checked)}
                    />
                  </td>
                  <td className="check">
                    <input
                      type="checkbox"
                      aria-label={`${label}: ${t('notifications.settings.inApp')}`}
                      checked={k.inApp}
                      disabled={k.alwaysOn}
                      onChange={(e) => toggle(k.kind, 'inApp', e.target.checked)}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="field">
          <label htmlFor="digest">{t('notifications.settings.digest')}</label>
          <select
            id="digest"
            value={digest}
            onChange={(e) => {
              save.reset();
              setDigest(e.target.value as Digest);
            }}
          >
            {DIGESTS.map((d) => (
              <option key={d} value={d}>
                {t(`notifications.settings.digests.${d}`)}
              </option>
            ))}
          </select>
        </div>
        <ProblemAlert error={save.error} />
        {save.isSuccess && (
          <p className="alert alert-success" role="status">
            {t('notifications.settings.saved')}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button primary" disabled={save.isPending}>
            {t('notifications.settings.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
