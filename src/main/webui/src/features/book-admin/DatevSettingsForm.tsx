import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { Field } from '../../ui/Field';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { ifMatch, isStaleEdit } from './access';
import { StaleNotice } from './StaleNotice';
import { useCatalogue } from './CategoriesPage';

type Datev = components['schemas']['DatevSettings'];

/**
 * The DATEV mapping for the tax adviser: chart, Berater- and Mandantennummer, and for each official
 * category and money account the SKR account, shown beside the chart's default. An empty field keeps
 * the default, so only what the adviser wants differently is stored.
 */
export function DatevSettingsSection({ bookId }: { bookId: string }) {
  const { t } = useTranslation();
  const settings = useQuery({
    queryKey: ['books', bookId, 'datev'],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/settings/datev', { params: { path: { bookId } } })),
  });
  const [saved, setSaved] = useState(false);
  return (
    <section className="admin-subsection" aria-labelledby="datev-title">
      <h2 id="datev-title">{t('bookAdmin.datev.title')}</h2>
      <p className="muted">{t('bookAdmin.datev.intro')}</p>
      <ProblemAlert error={settings.error} />
      {saved && (
        <p className="alert alert-success" role="status">
          {t('bookAdmin.datev.saved')}
        </p>
      )}
      {settings.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        settings.data && <DatevForm key={settings.data.version} bookId={bookId} settings={settings.data} reload={() => void settings.refetch()} onSaved={setSaved} />
      )}
    </section>
  );
}

const override = (value: string | undefined, fallback: string | undefined) => (value && value !== fallback ? value : '');

function DatevForm({ bookId, settings, reload, onSaved }: { bookId: string; settings: Datev; reload: () => void; onSaved: (s: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const catalogue = useCatalogue();
  const officialName = (code?: string) => {
    const o = (catalogue.data ?? []).find((x) => x.code === code);
    return `${code ?? ''} ${o ? (i18n.language.startsWith('en') ? o.nameEn : o.nameDe) : ''}`.trim();
  };
  const [chart, setChart] = useState(settings.chart ?? 'SKR03');
  const [consultant, setConsultant] = useState(settings.consultantNumber?.toString() ?? '');
  const [client_, setClient] = useState(settings.clientNumber?.toString() ?? '');
  const [member, setMember] = useState(override(settings.memberAccount, settings.memberAccountDefault));
  const [categories, setCategories] = useState<Record<string, string>>(() =>
    Object.fromEntries((settings.categories ?? []).map((c) => [c.officialCode ?? '', override(c.account, c.defaultAccount)])),
  );
  const [accounts, setAccounts] = useState<Record<string, string>>(() =>
    Object.fromEntries((settings.accounts ?? []).map((a) => [a.accountId ?? '', override(a.account, a.defaultAccount)])),
  );
  const save = useMutation({
    mutationFn: (body: components['schemas']['ChangeDatevSettingsRequest']) =>
      unwrap(api.PUT('/api/v1/books/{bookId}/settings/datev', { params: { path: { bookId }, header: ifMatch(settings.version) }, body })),
    onMutate: () => onSaved(false),
    onSuccess: (changed) => {
      onSaved(true);
      client.setQueryData(['books', bookId, 'datev'], changed);
    },
  });
  const stale = isStaleEdit(save.error);
  const filled = (map: Record<string, string>) => Object.fromEntries(Object.entries(map).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, v.trim()]));
  const number = (v: string) => (v.trim() === '' ? undefined : Number(v.trim()));

  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate({
      chart,
      consultantNumber: number(consultant),
      clientNumber: number(client_),
      memberAccount: member.trim() || null,
      categories: filled(categories),
      accounts: filled(accounts),
      version: settings.version,
    });
  }

  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-label={t('bookAdmin.datev.title')}>
      <div className="field">
        <label htmlFor="datev-chart">{t('bookAdmin.datev.chart')}</label>
        <select id="datev-chart" value={chart} onChange={(e) => setChart(e.target.value as 'SKR03' | 'SKR04')}>
          <option value="SKR03">SKR 03</option>
          <option value="SKR04">SKR 04</option>
        </select>
      </div>
      <Field label={t('bookAdmin.datev.consultant')} inputMode="numeric" value={consultant} onChange={(e) => setConsultant(e.target.value)} />
      <Field label={t('bookAdmin.datev.client')} inputMode="numeric" value={client_} onChange={(e) => setClient(e.target.value)} />
      <Field
        label={t('bookAdmin.datev.member')}
        inputMode="numeric"
        value={member}
        placeholder={settings.memberAccountDefault}
        hint={t('bookAdmin.datev.default', { account: settings.memberAccountDefault ?? '' })}
        onChange={(e) => setMember(e.target.value)}
      />
      <fieldset className="field">
        <legend>{t('bookAdmin.datev.categories')}</legend>
        {(settings.categories ?? []).map((c) => (
          <Field
            key={c.officialCode}
            label={officialName(c.officialCode)}
            inputMode="numeric"
            value={categories[c.officialCode ?? ''] ?? ''}
            placeholder={c.defaultAccount}
            hint={t('bookAdmin.datev.default', { account: c.defaultAccount ?? '' })}
            onChange={(e) => setCategories({ ...categories, [c.officialCode ?? '']: e.target.value })}
          />
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>{t('bookAdmin.datev.accounts')}</legend>
        {(settings.accounts ?? []).map((a) => (
          <Field
            key={a.accountId}
            label={a.name ?? ''}
            inputMode="numeric"
            value={accounts[a.accountId ?? ''] ?? ''}
            placeholder={a.defaultAccount}
            hint={t('bookAdmin.datev.default', { account: a.defaultAccount ?? '' })}
            onChange={(e) => setAccounts({ ...accounts, [a.accountId ?? '']: e.target.value })}
          />
        ))}
      </fieldset>
      {stale ? <StaleNotice onReload={reload} /> : <ProblemAlert error={save.error} />}
      <div className="actions">
        <button type="submit" className="button primary" disabled={save.isPending || stale}>
          {t('bookAdmin.datev.save')}
        </button>
      </div>
    </form>
  );
}
