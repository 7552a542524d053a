import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Field } from '../../ui/Field';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { cancelled, createPasskey, passkeysSupported } from './webauthn';
import './passkeys.css';

type Json = Record<string, unknown>;

/**
 * My settings, passkeys: the list, adding one (current password, then the browser's passkey dialog)
 * and removing one. Recovery stays as it is: the password (and TOTP or a recovery code) still signs in.
 */
export default function PasskeysPage() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [password, setPassword] = useState('');
  const [name, setName] = useState('');
  const [wasCancelled, setWasCancelled] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);

  const list = useQuery({ queryKey: ['passkeys'], queryFn: () => unwrap(api.GET('/api/v1/me/passkeys')) });

  const register = useMutation({
    mutationFn: async ({ currentPassword, label }: { currentPassword: string; label: string }) => {
      const options = await unwrap(api.POST('/api/v1/me/passkeys/registration-options', { body: { currentPassword } }));
      const credential = await createPasskey(options.publicKey as Json);
      return unwrap(api.POST('/api/v1/me/passkeys', {
        body: { ceremonyId: options.ceremonyId, name: label, credential: credential as never },
      }));
    },
    onMutate: () => {
      setWasCancelled(false);
      setAdded(null);
      setRemoved(null);
    },
    onSuccess: (created) => {
      setPassword('');
      setName('');
      setAdded(created?.name ?? '');
      return client.invalidateQueries({ queryKey: ['passkeys'] });
    },
    onError: (e) => setWasCancelled(cancelled(e)),
  });

  const remove = useMutation({
    mutationFn: async ({ id }: { id: string; label: string }) =>
      unwrap(api.DELETE('/api/v1/me/passkeys/{id}', { params: { path: { id } } })),
    onMutate: () => setAdded(null),
    onSuccess: (_, { label }) => {
      setRemoved(label);
      return client.invalidateQueries({ queryKey: ['passkeys'] });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    register.mutate({ currentPassword: password, label: name.trim() });
  }

  const when = (instant: string | null | undefined) =>
    instant ? new Intl.DateTimeFormat(i18n.language.startsWith('en') ? 'en-GB' : 'de-DE', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant)) : t('passkeys.never');

  return (
    <section className="settings passkeys">
      <h1>{t('passkeys.title')}</h1>
      <p className="settings-form">{t('passkeys.intro')}</p>
      <p className="settings-form">{t('passkeys.recovery')}</p>

      <h2>{t('passkeys.listTitle')}</h2>
      <div role="status">
        {added !== null && <p className="alert alert-success">{t('passkeys.added', { name: added })}</p>}
        {removed !== null && <p className="alert alert-info">{t('passkeys.removed', { name: removed })}</p>}
      </div>
      {list.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : list.isError ? (
        <ProblemAlert error={list.error} />
      ) : list.data.length === 0 ? (
        <p>{t('passkeys.none')}</p>
      ) : (
        <ul className="passkey-list">
          {list.data.map((p) => (
            <li key={p.id} className="passkey">
              <div>
                <strong>{p.name}</strong>
                <div className="passkey-meta">
                  {t('passkeys.created', { when: when(p.createdAt) })} · {t('passkeys.lastUsed', { when: when(p.lastUsedAt) })}
                  {p.backedUp ? ` · ${t('passkeys.synced')}` : ''}
                </div>
              </div>
              <button
                type="button"
                className="button"
                disabled={remove.isPending}
                aria-label={t('passkeys.removeNamed', { name: p.name })}
                onClick={() => remove.mutate({ id: p.id!, label: p.name ?? '' })}
              >
                {t('passkeys.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ProblemAlert error={remove.error} />

      <h2>{t('passkeys.addTitle')}</h2>
      {!passkeysSupported() ? (
        <p className="alert alert-info">{t('passkeys.unsupported')}</p>
      ) : (
        <form onSubmit={submit} noValidate className="settings-form">
          <p>{t('passkeys.addIntro')}</p>
          <Field label={t('passkeys.name')} name="passkey-name" maxLength={100} autoComplete="off" hint={t('passkeys.nameHint')} value={name} onChange={(e) => setName(e.target.value)} />
          <Field label={t('passkeys.password')} name="current-password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          {wasCancelled ? <p className="alert alert-info" role="status">{t('passkeys.cancelled')}</p> : <ProblemAlert error={register.error} />}
          <div className="actions">
            <button type="submit" className="button primary" disabled={register.isPending || password === ''}>
              {t('passkeys.add')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
