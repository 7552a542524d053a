import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useMe } from '../../app/useMe';
import { formatMoney } from '../../lib/amount';
import { sumMoney } from '../../lib/cents';
import { formatDate } from '../../lib/dates';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableRegion } from '../../ui/TableRegion';
import { BudgetsWidget } from './BudgetsWidget';
import { SpendingChart } from './SpendingChart';
import './dashboard.css';

export default function DashboardPage() {
  const { t, i18n } = useTranslation();
  const { bookId = '' } = useParams();
  const me = useMe();
  const overview = useQuery({
    queryKey: ['books', bookId, 'overview'],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/overview', { params: { path: { bookId } } })),
  });
  // Money is a JSON string ("12.34") in the API's types too, never a number in the browser. The
  // document marks answer fields optional, so a missing figure shows as a dash, never as 0,00 €.
  const money = (amount: string | undefined) => (amount === undefined ? '–' : formatMoney(amount, i18n.language));
  const membership = me.data?.memberships?.find((m) => m.bookId === bookId);

  if (overview.isPending) return <p role="status">{t('common.loading')}</p>;
  if (overview.isError) {
    // A stranger's book and a book that does not exist look the same: the API answers 404 for both.
    if ((overview.error instanceof ApiProblem && overview.error.status === 404) || !isUuid(bookId)) {
      return (
        <section>
          <h1>{t('dashboard.notFound')}</h1>
          <p>{t('dashboard.notFoundText')}</p>
          <p>
            <Link className="button" to="/">
              {t('notFound.back')}
            </Link>
          </p>
        </section>
      );
    }
    return <ProblemAlert error={overview.error} />;
  }

  const o = overview.data;
  const accounts = o.accounts ?? [];
  return (
    <section className="dashboard">
      <h1>{membership?.bookName ?? t('dashboard.title')}</h1>
      <p className="muted">
        {t('dashboard.period', { name: o.periodName, start: formatDate(o.startDate, i18n.language), end: formatDate(o.endDate, i18n.language) })}
        {membership && <> · {t(`roles.${membership.role}`)}</>}
      </p>
      {o.endDate !== undefined && o.endDate < todayIso() && (
        // Today lies after the period shown (no period contains it yet): say so and where to make the next one.
        <p className="alert alert-info" role="note">
          {t('dashboard.periodEnded', { name: o.periodName })}{' '}
          {(membership?.role === 'ADMIN' || membership?.role === 'TREASURER') && (
            <Link to={`/books/${bookId}/periods`}>{t('dashboard.createNextPeriod')}</Link>
          )}
        </p>
      )}
      {membership && membership.role !== 'AUDITOR' && (
        <p className="actions">
          <Link className="button primary" to={`/books/${bookId}/record?type=CLAIM`}>
            {t('record.claimButton')}
          </Link>
        </p>
      )}

      <div className="tiles">
        <div className="tile">
          <h2>{t('funds.PUBLIC')}</h2>
          <p className="amount">{money(o.publicFund)}</p>
        </div>
        <div className="tile">
          <h2>{t('funds.OWN')}</h2>
          <p className="amount">{money(o.ownFund)}</p>
        </div>
        <div className="tile">
          <h2>{t('dashboard.openApprovals')}</h2>
          <p className="amount">{o.openApprovals?.count ?? 0}</p>
          <p>
            <Link to={`/books/${bookId}/approvals`}>{t('dashboard.toApprovals')}</Link>
          </p>
        </div>
        <div className="tile">
          <h2>{t('dashboard.openAdvances')}</h2>
          <p className="amount">{money(sumMoney((o.openAdvances ?? []).map((a) => a.amount ?? '0.00')))}</p>
          <p>
            <Link to={`/books/${bookId}/advances`}>{t('dashboard.toAdvances')}</Link>
          </p>
        </div>
      </div>

      <BudgetsWidget bookId={bookId} budgets={o.budgets ?? []} />

      {((o.forecasts ?? []).length > 0 || o.unspentPublicMoneyToRepay !== undefined) && (
        <>
          <h2>{t('dashboard.forecast')}</h2>
          <div className="tiles">
            {(o.forecasts ?? []).map((f) => (
              <div className="tile" key={f.fund}>
                <h3>{t('dashboard.projected', { fund: t(`funds.${f.fund}`) })}</h3>
                <p className="amount">{money(f.projectedClosingBalance)}</p>
                <p className="muted">{t('dashboard.daysRemaining', { count: f.daysRemaining ?? 0, end: formatDate(o.endDate, i18n.language) })}</p>
              </div>
            ))}
            {o.unspentPublicMoneyToRepay !== undefined && (
              <div className="tile">
                <h3>{t('dashboard.toRepay')}</h3>
                <p className="amount">{money(o.unspentPublicMoneyToRepay)}</p>
                <p className="muted">{t('dashboard.toRepayText')}</p>
              </div>
            )}
          </div>
        </>
      )}

      <h2>{t('dashboard.accounts')}</h2>
      {accounts.length === 0 ? (
        <div className="empty">
          <p>{t('dashboard.emptyIntro')}</p>
          <ol>
            <li>{t('dashboard.stepAccount')}</li>
            <li>{t('dashboard.stepCategories')}</li>
            <li>{t('dashboard.stepInvite')}</li>
          </ol>
        </div>
      ) : (
        <TableRegion label={t('dashboard.accounts')}>
          <table>
            <caption className="visually-hidden">{t('dashboard.accountsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.account')}</th>
                <th scope="col" className="wide">
                  {t('dashboard.fund')}
                </th>
                <th scope="col" className="num">
                  {t('dashboard.balance')}
                </th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((a) => (
                <tr key={a.accountId}>
                  <th scope="row">
                    {a.name}
                    {a.archived && <span className="muted"> ({t('dashboard.archived')})</span>}
                    {/* On a phone the fund column gives way to the balance; the fund goes under the name. */}
                    <span className="narrow-only muted">{t(`funds.${a.fund}`)}</span>
                  </th>
                  <td className="wide">{t(`funds.${a.fund}`)}</td>
                  <td className="num">{money(a.balance)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('funds.PUBLIC')}</th>
                <td className="wide" />
                <td className="num">{money(o.publicFund)}</td>
              </tr>
              <tr>
                <th scope="row">{t('funds.OWN')}</th>
                <td className="wide" />
                <td className="num">{money(o.ownFund)}</td>
              </tr>
            </tfoot>
          </table>
        </TableRegion>
      )}

      <h2>{t('dashboard.spending')}</h2>
      <SpendingChart months={o.months ?? []} />

      {(o.openAdvances ?? []).length > 0 && (
        <>
          <h2>{t('dashboard.openAdvances')}</h2>
          <TableRegion label={t('dashboard.openAdvances')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.member')}</th>
                  <th scope="col" className="num">
                    {t('dashboard.amount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {(o.openAdvances ?? []).map((a) => (
                  <tr key={a.memberId}>
                    <th scope="row">{a.displayName}</th>
                    <td className="num">{money(a.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      )}
    </section>
  );
}

function isUuid(text: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
}

/** Today as YYYY-MM-DD in the user's time zone (ISO dates compare as strings). */
function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
