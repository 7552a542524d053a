import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { formatMoney } from '../../lib/amount';
import { formatDate } from '../../lib/dates';
import { Field } from '../../ui/Field';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableRegion } from '../../ui/TableRegion';
import { BookNotFound, isNotFound } from '../ledger/BookNotFound';
import { formatInstant } from '../ledger/format';
import { closesPeriods } from '../ledger/permissions';
import { ApiProblem, NetworkProblem, problemFrom } from '../../api/problem';
import { attachmentName, saveBlob } from '../admin/download';
import { byId, useAccounts, useActor } from '../ledger/useBookData';
import { ConfirmDialog } from '../reports/ConfirmDialog';
import { blockersOf, checklist, type Blocker } from './blockers';
import { usePeriods } from './usePeriods';
import '../reports/yearEnd.css';

type Period = components['schemas']['Period'];
type ClosedPeriod = components['schemas']['ClosedPeriod'];

/**
 * The book's accounting periods: the treasurer creates the next one and closes the year. A refused close
 * lists its blockers as a checklist, each with a link to where it is fixed; a close shows the balances
 * carried into the next period.
 */
export default function PeriodsPage() {
  const { t, i18n } = useTranslation();
  const { bookId = '' } = useParams();
  const [search] = useSearchParams();
  const marked = search.get('period');
  const periods = usePeriods(bookId);
  const { actor } = useActor(bookId);
  const bookkeeper = !!actor && closesPeriods(actor);
  // The tax adviser's file: the treasurer and the auditors hand it over, as the API allows.
  const exportsDatev = !!actor && (actor.role === 'ADMIN' || actor.role === 'TREASURER' || actor.role === 'AUDITOR');
  const client = useQueryClient();
  const datev = useMutation({
    mutationFn: async (p: Period) => {
      let answer;
      try {
        answer = await api.GET('/api/v1/books/{bookId}/exports/datev', {
          params: { path: { bookId }, query: { periodId: p.id! } },
          headers: { Accept: 'text/csv, application/problem+json' },
          parseAs: 'blob',
        });
      } catch (e) {
        throw new NetworkProblem(e instanceof Error ? e.message : String(e));
      }
      if (!answer.response.ok) {
        // The problem document came as a blob (parseAs); read it back for the alert.
        const text = await (answer.response.bodyUsed ? Promise.resolve('') : answer.response.text().catch(() => ''));
        let body: unknown = answer.error;
        try {
          body = text ? JSON.parse(text) : body;
        } catch {
          /* not JSON: the status says enough */
        }
        throw problemFrom(answer.response, body);
      }
      saveBlob(answer.data as Blob, attachmentName(answer.response.headers.get('Content-Disposition'), `EXTF_Buchungsstapel_${p.startDate}_${p.endDate}.csv`));
    },
  });
  const [asked, setAsked] = useState<Period | null>(null);
  const [refused, setRefused] = useState<{ period: Period; blockers: Blocker[] } | null>(null);
  const [closed, setClosed] = useState<ClosedPeriod | null>(null);

  const close = useMutation({
    mutationFn: (p: Period) =>
      unwrap(api.POST('/api/v1/books/{bookId}/periods/{periodId}/close', { params: { path: { bookId, periodId: p.id! } } })),
    onMutate: () => {
      setRefused(null);
      setClosed(null);
    },
    onSuccess: (answer) => {
      setClosed(answer);
      void client.invalidateQueries({ queryKey: ['books', bookId] });
    },
    onError: (error, p) => {
      const blockers = blockersOf(error);
      if (blockers) setRefused({ period: p, blockers });
    },
    onSettled: () => setAsked(null),
  });

  useEffect(() => {
    if (marked) document.getElementById(`period-${marked}`)?.scrollIntoView({ block: 'center' });
  }, [marked, periods.data]);

  if (isNotFound(periods.error, bookId)) return <BookNotFound />;
  const list = periods.data ?? [];
  const when = (d?: string) => formatDate(d, i18n.language);

  return (
    <section className="year-end periods">
      <h1>{t('periods.title')}</h1>
      <p className="muted">{bookkeeper ? t('periods.intro') : t('periods.introReader')}</p>
      <ProblemAlert error={periods.error} />
      {close.error && !refused ? <ProblemAlert error={close.error} /> : null}
      {datev.error instanceof ApiProblem && datev.error.status === 409 ? (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{t('periods.datev.tooLong', { name: datev.variables?.name ?? '' })}</p>
        </div>
      ) : (
        <ProblemAlert error={datev.error} />
      )}

      {refused && <Checklist bookId={bookId} period={refused.period} periods={list} blockers={refused.blockers} onRetry={() => close.mutate(refused.period)} busy={close.isPending} />}
      {closed && <CarriedBalances bookId={bookId} closed={closed} />}

      {periods.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : list.length === 0 ? (
        <p className="empty">{t('periods.none')}</p>
      ) : (
        <TableRegion label={t('periods.title')}>
          <table className="year-end-table">
            <thead>
              <tr>
                <th scope="col">{t('periods.col.name')}</th>
                <th scope="col" className="wide">
                  {t('periods.col.range')}
                </th>
                <th scope="col">{t('periods.col.status')}</th>
                {(bookkeeper || exportsDatev) && <th scope="col">{t('periods.col.action')}</th>}
              </tr>
            </thead>
            <tbody>
              {list.map((p) => (
                <tr key={p.id} id={`period-${p.id}`} className={p.id === marked ? 'marked' : undefined} aria-current={p.id === marked ? 'true' : undefined}>
                  <th scope="row">
                    {p.name}
                    {/* On a phone the range column gives way; the range moves under the name. */}
                    <span className="narrow-inline">
                      <span className="entry-meta">
                        {when(p.startDate)} – {when(p.endDate)}
                      </span>
                    </span>
                  </th>
                  <td className="wide">
                    {when(p.startDate)} – {when(p.endDate)}
                  </td>
                  <td>
                    <span className={`badge ${p.status === 'CLOSED' ? 'badge-booked' : 'badge-draft'}`}>{t(`periods.status.${p.status}`)}</span>
                    {p.closedAt && (
                      <span className="wide">
                        <span className="entry-meta">{t('periods.closedAt', { when: formatInstant(p.closedAt, i18n.language) })}</span>
                      </span>
                    )}
                  </td>
                  {(bookkeeper || exportsDatev) && (
                    <td className="period-actions">
                      {!bookkeeper ? null : p.status === 'OPEN' ? (
                        <button type="button" className="button" disabled={close.isPending} onClick={() => setAsked(p)}>
                          {t('periods.close', { name: p.name })}
                        </button>
                      ) : (
                        <Link to={`/books/${bookId}/reports?periodId=${p.id}`}>{t('periods.report')}</Link>
                      )}
                      {exportsDatev && (
                        <button
                          type="button"
                          className="button"
                          disabled={datev.isPending}
                          aria-label={t('periods.datev.label', { name: p.name })}
                          onClick={() => datev.mutate(p)}
                        >
                          {t('periods.datev.button')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}

      {bookkeeper && <CreatePeriod bookId={bookId} last={list.at(-1)} />}

      <ConfirmDialog
        open={!!asked}
        title={t('periods.confirmTitle', { name: asked?.name ?? '' })}
        confirmLabel={t('periods.confirm')}
        busy={close.isPending}
        onConfirm={() => asked && close.mutate(asked)}
        onCancel={() => setAsked(null)}
      >
        <p>{t('periods.confirmText', { from: when(asked?.startDate), to: when(asked?.endDate) })}</p>
      </ConfirmDialog>
    </section>
  );
}

function Checklist({
  bookId,
  period,
  periods,
  blockers,
  onRetry,
  busy,
}: {
  bookId: string;
  period: Period;
  periods: Period[];
  blockers: Blocker[];
  onRetry: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const groups = checklist(bookId, period, periods, blockers);
  return (
    <div className="alert alert-error blockers" role="alert" aria-labelledby="blockers-title">
      <h2 id="blockers-title" className="alert-title">
        {t('periods.blockers.title', { name: period.name, count: blockers.length })}
      </h2>
      <p>{t('periods.blockers.text')}</p>
      {groups.map((g) => (
        <div key={g.code} className="blocker-group">
          <h3>
            {t(`periods.blockers.${g.code}.title`, { count: g.items.length })}{' '}
            <Link to={g.to}>{t(`periods.blockers.${g.code}.all`)}</Link>
          </h3>
          <ul className="checklist">
            {g.items.map((item, i) => (
              <li key={item.key}>
                <span className="check" aria-hidden="true">
                  ☐
                </span>{' '}
                <Link to={item.to}>
                  {item.periodName
                    ? t('periods.blockers.EARLIER_PERIOD_OPEN.item', { name: item.periodName })
                    : t(`periods.blockers.${g.code}.item`, { number: i + 1, code: item.code })}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <div className="actions">
        <button type="button" className="button primary" disabled={busy} onClick={onRetry}>
          {t('periods.blockers.retry')}
        </button>
      </div>
    </div>
  );
}

function CarriedBalances({ bookId, closed }: { bookId: string; closed: ClosedPeriod }) {
  const { t, i18n } = useTranslation();
  const accounts = byId(useAccounts(bookId).data);
  return (
    <div className="alert alert-success carried" role="status">
      <h2 className="alert-title">{t('periods.closed.title', { name: closed.name })}</h2>
      <p>{closed.nextPeriod ? t('periods.closed.text', { next: closed.nextPeriod.name }) : t('periods.closed.textNoNext')}</p>
      <TableRegion label={t('periods.closed.balances')}>
        <table className="year-end-table">
          <caption>{t('periods.closed.balances')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('periods.closed.account')}</th>
              <th scope="col" className="num">
                {t('periods.closed.balance')}
              </th>
            </tr>
          </thead>
          <tbody>
            {(closed.closingBalances ?? []).map((b) => (
              <tr key={b.accountId}>
                <th scope="row">{accounts.get(b.accountId ?? '')?.name ?? b.accountId}</th>
                <td className="num" data-testid="carried-balance">
                  {b.balance ? formatMoney(b.balance, i18n.language) : '–'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <p>
        <Link className="button" to={`/books/${bookId}/reports?periodId=${closed.id}`}>
          {t('periods.toReport')}
        </Link>
      </p>
    </div>
  );
}

/** The next period, suggested to start the day after the last one ends and to last a year. */
function CreatePeriod({ bookId, last }: { bookId: string; last?: Period }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const suggestion = suggestNext(last);
  const [values, setValues] = useState(suggestion);
  const [created, setCreated] = useState<string | null>(null);
  useEffect(() => setValues(suggestNext(last)), [last?.id]);
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/books/{bookId}/periods', { params: { path: { bookId } }, body: values })),
    onSuccess: (p) => {
      setCreated(p.name ?? '');
      void client.invalidateQueries({ queryKey: ['books', bookId, 'periods'] });
    },
  });
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  function submit(e: FormEvent) {
    e.preventDefault();
    setCreated(null);
    create.mutate();
  }
  return (
    <form className="card create-period" onSubmit={submit} aria-labelledby="create-period-title">
      <h2 id="create-period-title">{t('periods.create.title')}</h2>
      <div className="filter-grid">
        <Field label={t('periods.create.name')} value={values.name} onChange={set('name')} required maxLength={100} />
        <Field label={t('periods.create.start')} type="date" value={values.startDate} onChange={set('startDate')} required />
        <Field label={t('periods.create.end')} type="date" value={values.endDate} onChange={set('endDate')} required />
      </div>
      <ProblemAlert error={create.error} />
      {created !== null && (
        <p className="alert alert-success" role="status">
          {t('periods.create.done', { name: created })}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button primary" disabled={create.isPending}>
          {t('periods.create.submit')}
        </button>
      </div>
    </form>
  );
}

export function suggestNext(last?: { endDate?: string }): { name: string; startDate: string; endDate: string } {
  if (!last?.endDate || !/^\d{4}-\d{2}-\d{2}$/.test(last.endDate)) return { name: '', startDate: '', endDate: '' };
  const start = new Date(`${last.endDate}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() + 1);
  const end = new Date(start);
  end.setUTCFullYear(end.getUTCFullYear() + 1);
  end.setUTCDate(end.getUTCDate() - 1);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const calendarYear = iso(start).endsWith('-01-01');
  return { name: calendarYear ? String(start.getUTCFullYear()) : `${iso(start)} – ${iso(end)}`, startDate: iso(start), endDate: iso(end) };
}
