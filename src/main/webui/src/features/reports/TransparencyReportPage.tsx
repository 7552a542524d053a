import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { formatMoney } from '../../lib/amount';
import { formatDate } from '../../lib/dates';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableRegion } from '../../ui/TableRegion';
import { BookNotFound, isNotFound } from '../ledger/BookNotFound';
import { formatInstant } from '../ledger/format';
import { readsAuditLog, signsOff } from '../ledger/permissions';
import { useActor } from '../ledger/useBookData';
import { defaultPeriodId, usePeriods } from '../periods/usePeriods';
import { ConfirmDialog } from './ConfirmDialog';
import { DownloadButton } from './DownloadButton';
import { saveDownload } from './download';
import { ReportsNav } from './ReportsNav';
import './yearEnd.css';

type Report = components['schemas']['TransparencyReport'];
type Line = components['schemas']['TransparencyReportLine'];
type Fund = components['schemas']['Fund'];

/** The kinds of balance line that say where the closing balance goes (BalanceLineKind.isDisposition). */
const DISPOSITION = new Set(['CARRY_OVER_TO_NEXT_PERIOD', 'REPAYMENT_TO_MUNICIPALITY']);

/**
 * The transparency report (Verwendungsnachweis) of a period and fund as the PDF has it, with the PDF and
 * CSV, the signatories' sign-off and, for auditors and treasurers, the audit package.
 */
export default function TransparencyReportPage() {
  const { t, i18n } = useTranslation();
  const { bookId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const periods = usePeriods(bookId);
  const { actor } = useActor(bookId);
  const list = periods.data ?? [];
  const periodId = search.get('periodId') ?? defaultPeriodId(list) ?? '';
  const fund: Fund = search.get('fund') === 'OWN' ? 'OWN' : 'PUBLIC';
  const period = list.find((p) => p.id === periodId);
  const lang = i18n.language === 'en' ? 'en' : 'de';
  const client = useQueryClient();
  const [asking, setAsking] = useState(false);

  const report = useQuery({
    queryKey: ['books', bookId, 'reports', 'transparency', periodId, fund, lang],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/books/{bookId}/reports/transparency', {
          params: { path: { bookId }, query: { periodId, fund, format: 'json', lang } },
        }),
      ) as Promise<Report>,
    enabled: !!periodId,
  });
  const signOff = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/books/{bookId}/periods/{periodId}/sign-off', { params: { path: { bookId, periodId } } })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['books', bookId, 'reports', 'transparency', periodId] }),
    onSettled: () => setAsking(false),
  });

  if (isNotFound(periods.error ?? report.error, bookId)) return <BookNotFound />;
  const choose = (key: string, value: string) => {
    const next = new URLSearchParams(search);
    next.set(key, value);
    if (key === 'periodId' && !next.has('fund')) next.set('fund', fund);
    setSearch(next);
    signOff.reset();
  };
  const r = report.data;
  const money = (a?: string) => (a === undefined ? '–' : formatMoney(a, i18n.language));
  const signedByMe = !!actor && (r?.signOffs ?? []).some((s) => s.userId === actor.userId);
  const maySign = !!actor && signsOff(actor) && period?.status === 'CLOSED' && !signedByMe;
  const file = (format: 'pdf' | 'csv') => () =>
    saveDownload(
      api.GET('/api/v1/books/{bookId}/reports/transparency', {
        params: { path: { bookId }, query: { periodId, fund, format, lang } },
        headers: { Accept: format === 'pdf' ? 'application/pdf' : 'text/csv' },
        parseAs: 'blob',
      }),
      `${t('reports.transparency.fileName')}-${period?.name ?? periodId}.${format}`,
    );
  const auditPackage = () =>
    saveDownload(
      api.GET('/api/v1/books/{bookId}/reports/audit-package', {
        params: { path: { bookId }, query: { periodId, lang } },
        headers: { Accept: 'application/zip' },
        parseAs: 'blob',
      }),
      `${t('reports.auditPackage.fileName')}-${period?.name ?? periodId}.zip`,
    );
  const balance = (r?.balanceLines ?? []).filter((b) => !DISPOSITION.has(b.kind ?? ''));
  const disposition = (r?.balanceLines ?? []).filter((b) => DISPOSITION.has(b.kind ?? ''));

  return (
    <section className="year-end report">
      <ReportsNav bookId={bookId} />
      <h1>{t('reports.transparency.title')}</h1>
      <div className="filter-grid report-choice">
        <div className="field">
          <label htmlFor="report-period">{t('reports.period')}</label>
          <select id="report-period" value={periodId} onChange={(e) => choose('periodId', e.target.value)}>
            {list.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({t(`periods.status.${p.status}`)})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="report-fund">{t('reports.fund')}</label>
          <select id="report-fund" value={fund} onChange={(e) => choose('fund', e.target.value)}>
            <option value="PUBLIC">{t('reports.funds.PUBLIC')}</option>
            <option value="OWN">{t('reports.funds.OWN')}</option>
          </select>
        </div>
      </div>
      <ProblemAlert error={periods.error ?? report.error} />
      {!periodId && periods.isSuccess && <p className="empty">{t('reports.noPeriod')}</p>}
      {report.isLoading && <p role="status">{t('common.loading')}</p>}
      {r && (
        <>
          <div className="report-head card">
            <p className="report-book">{r.bookName}</p>
            <p>
              {t('reports.transparency.subtitle', {
                period: r.period?.name,
                from: formatDate(r.period?.startDate, i18n.language),
                to: formatDate(r.period?.endDate, i18n.language),
                fund: t(`reports.funds.${r.fund ?? fund}`),
              })}
            </p>
            <p data-testid="report-state">
              {r.draft ? (
                <span className="badge badge-draft">{t('reports.transparency.draft')}</span>
              ) : (
                <span className="badge badge-booked">{t('reports.transparency.final')}</span>
              )}{' '}
              <span className="muted">
                {r.draft
                  ? period?.status === 'OPEN'
                    ? t('reports.transparency.draftOpen')
                    : t('reports.transparency.draftSignatures', { count: r.signOffs?.length ?? 0, required: r.requiredSignOffs ?? 2 })
                  : t('reports.transparency.finalText')}
              </span>
            </p>
            <div className="actions">
              <DownloadButton label={t('reports.downloadPdf')} fetchFile={file('pdf')} testId="download-pdf" />
              <DownloadButton label={t('reports.downloadCsv')} fetchFile={file('csv')} testId="download-csv" />
            </div>
          </div>

          <dl className="report-totals">
            <div>
              <dt>{t('reports.transparency.opening')}</dt>
              <dd>{money(r.openingBalance)}</dd>
            </div>
            <div>
              <dt>{t('reports.transparency.totalIncome')}</dt>
              <dd>{money(r.totalIncome)}</dd>
            </div>
            <div>
              <dt>{t('reports.transparency.totalExpenses')}</dt>
              <dd>{money(r.totalExpenses)}</dd>
            </div>
            <div>
              <dt>{t('reports.transparency.closing')}</dt>
              <dd data-testid="closing-balance">{money(r.closingBalance)}</dd>
            </div>
          </dl>

          <Lines title={t('reports.transparency.income')} lines={r.income ?? []} total={r.totalIncome} money={money} />
          <Lines title={t('reports.transparency.expenses')} lines={r.expenses ?? []} total={r.totalExpenses} money={money} />

          <h2>{t('reports.transparency.balanceLines')}</h2>
          {balance.length === 0 ? (
            <p className="muted">{t('reports.transparency.noBalanceLines')}</p>
          ) : (
            <Amounts label={t('reports.transparency.balanceLines')} rows={balance.map((b) => [b.kind ?? '', b.label ?? '', b.amount])} money={money} />
          )}
          <h2>{t('reports.transparency.disposition')}</h2>
          <Amounts
            label={t('reports.transparency.disposition')}
            rows={disposition.map((b) => [b.kind ?? '', b.label ?? '', b.amount])}
            money={money}
            total={[t('reports.transparency.closing'), r.closingBalance]}
          />

          <h2>{t('reports.transparency.inventory')}</h2>
          {(r.inventory ?? []).length === 0 ? (
            <p className="muted">{t('reports.transparency.noInventory')}</p>
          ) : (
            <Amounts
              label={t('reports.transparency.inventory')}
              rows={(r.inventory ?? []).map((item, i) => [String(i), `${formatDate(item.date, i18n.language)} · ${item.description ?? ''}`, item.price])}
              money={money}
              total={[t('reports.transparency.inventoryTotal'), r.inventoryTotal]}
            />
          )}

          <h2>{t('reports.transparency.statement')}</h2>
          <p className="statement">{r.statementOfProperUse}</p>

          <h2>{t('reports.transparency.signatures')}</h2>
          {(r.signOffs ?? []).length === 0 ? (
            <p className="muted">{t('reports.transparency.noSignatures')}</p>
          ) : (
            <ul className="signatures">
              {(r.signOffs ?? []).map((s) => (
                <li key={s.userId}>
                  {t('reports.transparency.signedBy', { name: s.displayName, when: formatInstant(s.signedAt, i18n.language) })}
                </li>
              ))}
            </ul>
          )}
          {signedByMe && <p className="muted">{t('reports.signOff.already')}</p>}
          {actor && signsOff(actor) && period?.status === 'OPEN' && <p className="muted">{t('reports.signOff.open')}</p>}
          <ProblemAlert error={signOff.error} />
          {maySign && (
            <div className="actions">
              <button type="button" className="button primary" onClick={() => setAsking(true)}>
                {t('reports.signOff.button')}
              </button>
            </div>
          )}
          <ConfirmDialog
            open={asking}
            title={t('reports.signOff.title')}
            confirmLabel={t('reports.signOff.confirm')}
            busy={signOff.isPending}
            onConfirm={() => signOff.mutate()}
            onCancel={() => setAsking(false)}
          >
            <p>
              {t('reports.signOff.what', {
                book: r.bookName,
                period: r.period?.name,
                from: formatDate(r.period?.startDate, i18n.language),
                to: formatDate(r.period?.endDate, i18n.language),
                fund: t(`reports.funds.${r.fund ?? fund}`),
                closing: money(r.closingBalance),
              })}
            </p>
            <p>{t('reports.signOff.statement')}</p>
            <p className="muted">{t('reports.signOff.final', { required: r.requiredSignOffs ?? 2 })}</p>
          </ConfirmDialog>

          {actor && readsAuditLog(actor) && (
            <div className="card audit-package">
              <h2>{t('reports.auditPackage.title')}</h2>
              <p>{t('reports.auditPackage.text', { period: period?.name ?? '' })}</p>
              <DownloadButton label={t('reports.auditPackage.download')} fetchFile={auditPackage} testId="download-audit-package" />
              <p>
                <Link to={`/books/${bookId}/audit`}>{t('reports.auditPackage.toLog')}</Link>
              </p>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function Lines({ title, lines, total, money }: { title: string; lines: Line[]; total?: string; money: (a?: string) => string }) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{title}</h2>
      {lines.length === 0 ? (
        <p className="muted">{t('reports.transparency.noLines')}</p>
      ) : (
        <Amounts
          label={title}
          rows={lines.map((l) => [l.officialCode ?? l.name ?? '', l.officialCode ? `${l.officialCode} · ${l.name ?? ''}` : (l.name ?? ''), l.amount])}
          money={money}
          total={[t('reports.total'), total]}
        />
      )}
    </>
  );
}

function Amounts({
  label,
  rows,
  money,
  total,
}: {
  label: string;
  rows: [string, string, string | undefined][];
  money: (a?: string) => string;
  total?: [string, string | undefined];
}) {
  const { t } = useTranslation();
  return (
    <TableRegion label={label}>
      <table className="year-end-table amounts">
        <thead>
          <tr>
            <th scope="col">{t('reports.col.item')}</th>
            <th scope="col" className="num">
              {t('reports.col.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, name, amount]) => (
            <tr key={key}>
              <th scope="row">{name}</th>
              <td className="num">{money(amount)}</td>
            </tr>
          ))}
        </tbody>
        {total && (
          <tfoot>
            <tr className="subtotal">
              <th scope="row">{total[0]}</th>
              <td className="num">{money(total[1])}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </TableRegion>
  );
}
