import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { formatMoney } from '../../lib/amount';
import { formatDate } from '../../lib/dates';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableRegion } from '../../ui/TableRegion';
import { BookNotFound, isNotFound } from '../ledger/BookNotFound';
import { FILTER_KEYS, searchFromView, viewFromSearch, type LedgerView } from '../ledger/filters';
import { FilterForm } from '../ledger/LedgerPage';
import { useAccounts, useCategories, useMembers } from '../ledger/useBookData';
import { DownloadButton } from './DownloadButton';
import { saveDownload } from './download';
import { ReportsNav } from './ReportsNav';
import './yearEnd.css';

type ExpenseReport = components['schemas']['ExpenseReport'];

/** The ledger's filters as the expense report's query (the same names, the same rules). */
function reportQuery(view: LedgerView): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = view.filters[key];
    if (value !== undefined) query[key] = value;
  }
  return query;
}

/**
 * The expense report: the entries the ledger's filters select (booked ones unless a status is chosen),
 * grouped by category with receipt numbers and subtotals; on screen, as PDF and as CSV.
 */
export default function ExpenseReportPage() {
  const { t, i18n } = useTranslation();
  const { bookId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const view = viewFromSearch(search);
  const accounts = useAccounts(bookId);
  const categories = useCategories(bookId);
  const members = useMembers(bookId);
  const lang = i18n.language === 'en' ? 'en' : 'de';
  const filters = reportQuery(view);
  const report = useQuery({
    queryKey: ['books', bookId, 'reports', 'expenses', searchFromView({ ...view, page: 0 }).toString(), lang],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/books/{bookId}/reports/expenses', { params: { path: { bookId }, query: { ...filters, format: 'json', lang } } }),
      ) as Promise<ExpenseReport>,
    placeholderData: keepPreviousData,
  });
  if (isNotFound(report.error, bookId)) return <BookNotFound />;
  const money = (a?: string) => (a === undefined ? '–' : formatMoney(a, i18n.language));
  const file = (format: 'pdf' | 'csv') => () =>
    saveDownload(
      api.GET('/api/v1/books/{bookId}/reports/expenses', {
        params: { path: { bookId }, query: { ...filters, format, lang } },
        headers: { Accept: format === 'pdf' ? 'application/pdf' : 'text/csv' },
        parseAs: 'blob',
      }),
      `${t('reports.expenses.fileName')}.${format}`,
    );
  const r = report.data;

  return (
    <section className="year-end report">
      <ReportsNav bookId={bookId} />
      <h1>{t('reports.expenses.title')}</h1>
      <p className="muted">{t('reports.expenses.intro')}</p>
      <FilterForm
        key={search.toString()}
        view={view}
        onApply={(next) => setSearch(searchFromView({ ...next, page: 0 }))}
        accounts={accounts.data ?? []}
        categories={categories.data ?? []}
        members={members.data ?? []}
      />
      <ProblemAlert error={report.error} />
      {report.isPending && <p role="status">{t('common.loading')}</p>}
      {r && (
        <>
          <div className="report-head card">
            <p className="report-book">{r.bookName}</p>
            <p>
              {t('reports.expenses.range', { from: formatDate(r.from, i18n.language), to: formatDate(r.to, i18n.language) })}
            </p>
            <div className="actions">
              <DownloadButton label={t('reports.downloadPdf')} fetchFile={file('pdf')} testId="expenses-pdf" />
              <DownloadButton label={t('reports.downloadCsv')} fetchFile={file('csv')} testId="expenses-csv" />
            </div>
          </div>
          <dl className="report-totals">
            <div>
              <dt>{t('reports.expenses.lines')}</dt>
              <dd>{r.lineCount}</dd>
            </div>
            <div>
              <dt>{t('reports.transparency.totalIncome')}</dt>
              <dd>{money(r.totalIncome)}</dd>
            </div>
            <div>
              <dt>{t('reports.transparency.totalExpenses')}</dt>
              <dd>{money(r.totalExpense)}</dd>
            </div>
            <div>
              <dt>{t('reports.expenses.balance')}</dt>
              <dd>{money(r.balance)}</dd>
            </div>
          </dl>
          {(r.groups ?? []).length === 0 && <p className="empty">{t('reports.expenses.none')}</p>}
          {(r.groups ?? []).map((g, gi) => (
            <div key={`${g.officialCode ?? ''}-${g.categoryName ?? ''}-${gi}`}>
              <h2>{g.officialCode ? `${g.officialCode} · ${g.categoryName ?? ''}` : (g.categoryName ?? t('reports.expenses.uncategorised'))}</h2>
              <TableRegion label={g.categoryName ?? t('reports.expenses.uncategorised')}>
                <table className="year-end-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('reports.expenses.col.date')}</th>
                      <th scope="col">{t('reports.expenses.col.entry')}</th>
                      <th scope="col" className="wide">
                        {t('reports.expenses.col.receipts')}
                      </th>
                      <th scope="col" className="num">
                        {t('reports.col.amount')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {(g.lines ?? []).map((l, li) => (
                      <tr key={li}>
                        <td className="date">{formatDate(l.date, i18n.language)}</td>
                        <th scope="row">
                          {l.counterparty || l.description || t(`ledger.type.${l.type}`)}
                          <span className="entry-meta">
                            {[l.description && l.counterparty ? l.description : null, l.reversal ? t('reports.expenses.reversal') : null,
                              l.advancedBy ? t('reports.expenses.advancedBy', { name: l.advancedBy }) : null]
                              .filter(Boolean)
                              .join(' · ')}
                            <span className="narrow-inline">{(l.receiptNumbers ?? []).join(', ')}</span>
                          </span>
                        </th>
                        <td className="wide">{(l.receiptNumbers ?? []).join(', ') || '–'}</td>
                        <td className="num">{money(l.signedAmount)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr className="subtotal">
                      <th scope="row" colSpan={3}>
                        {t('reports.expenses.subtotal')}
                      </th>
                      <td className="num">{money(g.subtotal)}</td>
                    </tr>
                  </tfoot>
                </table>
              </TableRegion>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
