import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { components } from '../../api/schema';
import { Field } from '../../ui/Field';
import { ProblemAlert } from '../../ui/ProblemAlert';

type RestoreResult = components['schemas']['RestoreResult'];

/**
 * Restore a backup into this installation: the encrypted archive and its passphrase or the private key
 * it was encrypted to. Only an installation without books accepts it; otherwise the API refuses (409)
 * and the refusal is shown as it comes. The restored accounts replace whoever exists, me included.
 */
export default function RestorePage() {
  const { t } = useTranslation();
  const [archive, setArchive] = useState<File | null>(null);
  const [mode, setMode] = useState<'passphrase' | 'key'>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [privateKey, setPrivateKey] = useState('');
  const [keyPassphrase, setKeyPassphrase] = useState('');
  const restore = useMutation({
    mutationFn: () => {
      const form = new FormData();
      form.append('archive', archive!);
      if (mode === 'passphrase') form.append('passphrase', passphrase);
      else {
        form.append('privateKey', privateKey);
        if (keyPassphrase) form.append('privateKeyPassphrase', keyPassphrase);
      }
      // The browser writes the multipart boundary itself: the body goes as it is.
      return unwrap(api.POST('/api/v1/admin/restore', { body: form as never, bodySerializer: (body) => body as unknown as FormData }));
    },
  });
  const ready = archive !== null && (mode === 'passphrase' ? passphrase !== '' : privateKey.trim() !== '');

  function submit(e: FormEvent) {
    e.preventDefault();
    if (ready) restore.mutate();
  }

  return (
    <>
      <h1>{t('admin.restore.title')}</h1>
      <p className="muted">{t('admin.restore.intro')}</p>
      <p className="alert alert-info">{t('admin.restore.warning')}</p>
      {restore.data ? (
        <Restored result={restore.data} />
      ) : (
        <form className="admin-form" onSubmit={submit} noValidate aria-label={t('admin.restore.title')}>
          <div className="field">
            <label htmlFor="restore-archive">{t('admin.restore.archive')}</label>
            <input
              id="restore-archive"
              type="file"
              accept=".pgp,.gpg,application/pgp-encrypted"
              aria-describedby="restore-archive-hint"
              onChange={(e) => setArchive(e.target.files?.[0] ?? null)}
            />
            <div id="restore-archive-hint" className="field-hint">
              {t('admin.restore.archiveHint')}
            </div>
          </div>
          <fieldset>
            <legend>{t('admin.restore.keyKind')}</legend>
            <div className="check">
              <input id="restore-mode-passphrase" type="radio" name="mode" checked={mode === 'passphrase'} onChange={() => setMode('passphrase')} />
              <label htmlFor="restore-mode-passphrase">{t('admin.restore.byPassphrase')}</label>
            </div>
            <div className="check">
              <input id="restore-mode-key" type="radio" name="mode" checked={mode === 'key'} onChange={() => setMode('key')} />
              <label htmlFor="restore-mode-key">{t('admin.restore.byKey')}</label>
            </div>
          </fieldset>
          {mode === 'passphrase' ? (
            <Field label={t('admin.restore.passphrase')} type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          ) : (
            <>
              <div className="field">
                <label htmlFor="restore-key">{t('admin.restore.privateKey')}</label>
                <textarea id="restore-key" spellCheck={false} value={privateKey} onChange={(e) => setPrivateKey(e.target.value)} placeholder="-----BEGIN PGP PRIVATE KEY BLOCK-----" />
              </div>
              <Field label={t('admin.restore.keyPassphrase')} type="password" autoComplete="off" value={keyPassphrase} onChange={(e) => setKeyPassphrase(e.target.value)} />
            </>
          )}
          {notEmpty(restore.error) ? (
            <div className="alert alert-error" role="alert">
              <p className="alert-title">{t('admin.restore.notEmpty')}</p>
              <p>{t('admin.restore.notEmptyText')}</p>
            </div>
          ) : (
            <ProblemAlert error={restore.error} />
          )}
          <div className="actions">
            <button type="submit" className="button primary" disabled={restore.isPending || !ready}>
              {restore.isPending ? t('admin.restore.running') : t('admin.restore.submit')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}

/** The API's refusal (409) of an installation that already has data: said in the screen's language. */
function notEmpty(error: unknown): boolean {
  return error instanceof ApiProblem && error.type === 'urn:cet:problem:instance-not-empty';
}

function Restored({ result }: { result: RestoreResult }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-success" role="status">
      <p className="alert-title">{t('admin.restore.done', { tables: result.tables ?? 0, rows: result.rows ?? 0 })}</p>
      {result.migrated && <p>{t('admin.restore.migrated', { from: result.archiveSchemaVersion, to: result.schemaVersion })}</p>}
      <p>{t('admin.restore.signInAgain')}</p>
      <p>
        <a className="button" href="/sign-in">
          {t('admin.restore.toSignIn')}
        </a>
      </p>
    </div>
  );
}
