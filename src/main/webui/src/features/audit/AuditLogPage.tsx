import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { Field } from '../../ui/Field';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { BookNotFound, isNotFound } from '../ledger/BookNotFound';
import { formatInstant } from '../ledger/format';
import { memberNames, useMembers } from '../ledger/useBookData';
import {
  AUDIT_FILTER_KEYS,
  AUDIT_PAGE_SIZE,
  auditApiQuery,
  auditSearchFromView,
  auditViewFromSearch,
  pageOfEntry,
  type AuditView,
} from './auditFilters';
import { verdict } from './verdict';
import '../reports/yearEnd.css';

const ENTITY_TYPES = ['Transaction', 'Account', 'Category', 'Period', 'Receipt', 'InventoryItem', 'Book', 'Settlement'];
const ACTIONS = [
  'TRANSACTION_CREATED', 'TRANSACTION_UPDATED', 'TRANSACTION_SUBMITTED', 'TRANSACTION_APPROVED', 'TRANSACTION_REJECTED',
  'TRANSACTION_BOOKED', 'TRANSACTION_REVERSED', 'TRANSACTION_DELETED', 'ACCOUNT_CREATED', 'ACCOUNT_CHANGED', 'CATEGORY_CREATED',
  'CATEGORY_CHANGED', 'PERIOD_CREATED', 'PERIOD_CLOSED', 'REPORT_SIGNED_OFF', 'RECEIPT_UPLOADED', 'INVENTORY_ITEM_CREATED',
  'INVENTORY_ITEM_CHANGED',
];

/**
 * The book's audit log for the auditor: the result of recomputing the hash chain first, in words
 * ("valid: 1,234 entries" or "broken at entry N"), then the entries with filters, oldest first.
 */
export default function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const { bookId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const view = auditViewFromSearch(search);
  const names = memberNames(useMembers(bookId).data);
  const verification = useQuery({
    queryKey: ['books', bookId, 'audit-log', 'verification'],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/audit-log/verification', { params: { path: { bookId } } })),
  });
  const log = useQuery({
    queryKey: ['books', bookId, 'audit-log', auditSearchFromView(view).toString()],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/audit-log', { params: { path: { bookId }, query: auditApiQuery(view) } })),
    placeholderData: keepPreviousData,
  });
  const marked = Number(search.get('entry')) || undefined;

  if (isNotFound(verification.error ?? log.error, bookId)) return <BookNotFound />;
  // A member's forced visit: the API's refusal once, and nothing of the log.
  const refusal = [verification.error, log.error].find((e) => e instanceof ApiProblem && e.status === 403);
  if (refusal) {
    return (
      <section className="year-end audit">
        <h1>{t('audit.title')}</h1>
        <ProblemAlert error={refusal} />
      </section>
    );
  }
  const show = (next: AuditView, entry?: number) => {
    const s = auditSearchFromView(next);
    if (entry) s.set('entry', String(entry));
    setSearch(s);
  };
  const count = (n: number) => new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'de-DE').format(n);
  const v = verification.data;
  const total = log.data?.totalItems ?? 0;
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));

  return (
    <section className="year-end audit">
      <h1>{t('audit.title')}</h1>
      <p className="muted">{t('audit.intro')}</p>
      <ProblemAlert error={verification.error} />
      {verification.isPending && <p role="status">{t('audit.verifying')}</p>}
      {v && (
        <div className={v.valid ? 'alert alert-success verification' : 'alert alert-error verification'} data-testid="chain-verification">
          <p className="alert-title">
            {t(verdict(v, i18n.language).key, verdict(v, i18n.language).params)}
          </p>
          <p>{v.valid ? t('audit.validText') : t('audit.brokenText')}</p>
          {!v.valid && v.firstBrokenAt !== undefined && (
            <p>
              <Link to={`?page=${pageOfEntry(v.firstBrokenAt)}&entry=${v.firstBrokenAt}`}>{t('audit.showBroken', { entry: count(v.firstBrokenAt) })}</Link>
            </p>
          )}
          <button type="button" className="button" onClick={() => void verification.refetch()} disabled={verification.isFetching}>
            {t('audit.verifyAgain')}
          </button>
        </div>
      )}

      <AuditFilterForm key={search.toString()} view={view} onApply={(next) => show(next)} members={[...names.entries()]} />

      <ProblemAlert error={log.error} />
      {log.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        log.data && (
          <>
            <p role="status">{t('audit.found', { count: total, entries: count(total) })}</p>
            <ol className="audit-entries">
              {(log.data.items ?? []).map((e) => (
                <li key={e.sequence} className={e.sequence === marked ? 'audit-entry marked' : 'audit-entry'} aria-current={e.sequence === marked ? 'true' : undefined}>
                  <p className="audit-entry-head">
                    <strong>{t('audit.entry', { sequence: e.sequence })}</strong> · {formatInstant(e.at, i18n.language)} ·{' '}
                    {(e.actorId && names.get(e.actorId)) || t('audit.unknownActor')}
                  </p>
                  <p>
                    <code>{e.action}</code> · {e.entityType}
                    {e.entityType === 'Transaction' && e.entityId && e.action !== 'TRANSACTION_DELETED' ? (
                      <>
                        {' '}
                        <Link to={`/books/${bookId}/transactions/${e.entityId}`}>{t('audit.toEntry')}</Link>
                      </>
                    ) : null}
                  </p>
                  <details>
                    <summary>{t('audit.details')}</summary>
                    <dl className="audit-details">
                      <dt>{t('audit.entityId')}</dt>
                      <dd>
                        <code>{e.entityId}</code>
                      </dd>
                      <dt>{t('audit.hash')}</dt>
                      <dd>
                        <code>{e.hash}</code>
                      </dd>
                      <dt>{t('audit.prevHash')}</dt>
                      <dd>
                        <code>{e.prevHash}</code>
                      </dd>
                      <dt>{t('audit.payload')}</dt>
                      <dd>
                        <pre>{pretty(e.payload)}</pre>
                      </dd>
                    </dl>
                  </details>
                </li>
              ))}
            </ol>
            {pages > 1 && (
              <nav className="pager" aria-label={t('audit.pager')}>
                <button type="button" className="button" disabled={view.page === 0} onClick={() => show({ ...view, page: view.page - 1 })}>
                  {t('ledger.pager.previous')}
                </button>
                <span>{t('ledger.pager.position', { page: view.page + 1, pages })}</span>
                <button type="button" className="button" disabled={view.page + 1 >= pages} onClick={() => show({ ...view, page: view.page + 1 })}>
                  {t('ledger.pager.next')}
                </button>
              </nav>
            )}
          </>
        )
      )}
    </section>
  );
}

function pretty(payload: string | undefined): string {
  if (!payload) return '';
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}

function AuditFilterForm({ view, onApply, members }: { view: AuditView; onApply: (v: AuditView) => void; members: [string, string][] }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(AUDIT_FILTER_KEYS.map((k) => [k, view.filters[k] ?? ''])));
  const set = (key: string) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const active = AUDIT_FILTER_KEYS.filter((k) => view.filters[k] !== undefined).length;
  function apply(e: FormEvent) {
    e.preventDefault();
    const filters: AuditView['filters'] = {};
    for (const key of AUDIT_FILTER_KEYS) if (values[key]?.trim()) filters[key] = values[key]!.trim();
    onApply({ filters, page: 0 });
  }
  return (
    <details className="filters" open={active > 0 || !window.matchMedia('(max-width: 40rem)').matches}>
      <summary>{active > 0 ? t('ledger.filter.titleCount', { count: active }) : t('ledger.filter.title')}</summary>
      <form onSubmit={apply} role="search" aria-label={t('audit.filterLabel')}>
        <div className="filter-grid">
          <Field label={t('audit.filter.action')} list="audit-actions" value={values.action} onChange={set('action')} maxLength={100} />
          <datalist id="audit-actions">
            {ACTIONS.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
          <Field label={t('audit.filter.entityType')} list="audit-entity-types" value={values.entityType} onChange={set('entityType')} maxLength={100} />
          <datalist id="audit-entity-types">
            {ENTITY_TYPES.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
          <Field label={t('audit.filter.entityId')} value={values.entityId} onChange={set('entityId')} maxLength={100} />
          <div className="field">
            <label htmlFor="audit-actor">{t('audit.filter.actor')}</label>
            <select id="audit-actor" value={values.actorId} onChange={set('actorId')}>
              <option value="">{t('ledger.filter.any')}</option>
              {members.map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <Field label={t('audit.filter.from')} type="date" value={values.from} onChange={set('from')} />
          <Field label={t('audit.filter.to')} type="date" value={values.to} onChange={set('to')} />
        </div>
        <div className="actions">
          <button type="submit" className="button primary">
            {t('ledger.filter.apply')}
          </button>
          {active > 0 && (
            <button type="button" className="button" onClick={() => onApply({ filters: {}, page: 0 })}>
              {t('ledger.filter.reset')}
            </button>
          )}
        </div>
      </form>
    </details>
  );
}
