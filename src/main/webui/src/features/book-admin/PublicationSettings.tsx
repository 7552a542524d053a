import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { components } from '../../api/schema';
import { Field } from '../../ui/Field';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { ifMatch, isStaleEdit } from './access';
import { StaleNotice } from './StaleNotice';

type Publication = components['schemas']['PublicationSetting'];

/**
 * The public transparency page: off until the administrator switches it on under an address (slug).
 * The preview opens the page as the public sees it, in a new tab.
 */
export function PublicationSettings({ bookId }: { bookId: string }) {
  const { t } = useTranslation();
  const setting = useQuery({
    queryKey: ['books', bookId, 'publication'],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/settings/publication', { params: { path: { bookId } } })),
  });
  // Here, not in the form: a save gives a new version, and the form starts again from it.
  const [saved, setSaved] = useState<'on' | 'off' | null>(null);
  return (
    <section className="admin-subsection" aria-labelledby="publication-title">
      <h2 id="publication-title">{t('bookAdmin.publication.title')}</h2>
      <p className="muted">{t('bookAdmin.publication.intro')}</p>
      <ProblemAlert error={setting.error} />
      {saved && (
        <p className="alert alert-success" role="status">
          {saved === 'on' ? t('bookAdmin.publication.savedOn') : t('bookAdmin.publication.savedOff')}
        </p>
      )}
      {setting.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        setting.data && <PublicationForm key={setting.data.version} bookId={bookId} setting={setting.data} reload={() => void setting.refetch()} onSaved={setSaved} />
      )}
    </section>
  );
}

function PublicationForm({ bookId, setting, reload, onSaved }: { bookId: string; setting: Publication; reload: () => void; onSaved: (s: 'on' | 'off' | null) => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [enabled, setEnabled] = useState(!!setting.enabled);
  const [slug, setSlug] = useState(setting.slug ?? '');
  const save = useMutation({
    mutationFn: (body: components['schemas']['ChangePublicationRequest']) =>
      unwrap(api.PUT('/api/v1/books/{bookId}/settings/publication', { params: { path: { bookId }, header: ifMatch(setting.version ?? 0) }, body })),
    onMutate: () => onSaved(null),
    onSuccess: (changed) => {
      onSaved(changed.enabled ? 'on' : 'off');
      client.setQueryData(['books', bookId, 'publication'], changed);
    },
  });
  const stale = isStaleEdit(save.error);
  const taken = save.error instanceof ApiProblem && save.error.status === 409 && !stale;
  const slugRefused = save.error instanceof ApiProblem && save.error.status === 400 ? save.error : null;

  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate({ enabled, slug: slug.trim() || undefined, version: setting.version ?? 0 });
  }

  const page = setting.enabled && setting.slug ? (setting.pagePath ?? `/public/books/${setting.slug}`) : null;
  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-label={t('bookAdmin.publication.title')}>
      <div className="field">
        <div className="check">
          <input id="publication-enabled" type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} aria-describedby="publication-enabled-hint" />
          <label htmlFor="publication-enabled">{t('bookAdmin.publication.enabled')}</label>
        </div>
        <div id="publication-enabled-hint" className="field-hint">
          {t('bookAdmin.publication.enabledHint')}
        </div>
      </div>
      <Field
        label={t('bookAdmin.publication.slug')}
        name="slug"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={slug}
        onChange={(e) => setSlug(e.target.value)}
        hint={t('bookAdmin.publication.slugHint')}
        error={taken ? t('bookAdmin.publication.taken') : slugRefused ? t('bookAdmin.publication.invalid') : undefined}
      />
      {stale ? <StaleNotice onReload={reload} /> : taken || slugRefused ? null : <ProblemAlert error={save.error} />}
      <div className="actions">
        <button type="submit" className="button primary" disabled={save.isPending || stale}>
          {t('bookAdmin.publication.save')}
        </button>
        {page && (
          <a className="button" href={page} target="_blank" rel="noopener noreferrer">
            {t('bookAdmin.publication.preview')}
            <span className="visually-hidden"> {t('bookAdmin.publication.newTab')}</span>
          </a>
        )}
      </div>
    </form>
  );
}
