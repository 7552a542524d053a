import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { useMe } from '../../app/useMe';
import { formatMoney } from '../../lib/amount';
import { formatDate } from '../../lib/dates';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableRegion } from '../../ui/TableRegion';

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
        </div>
      </div>

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
                <th scope="col">{t('dashboard.fund')}</th>
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
                  </th>
                  <td>{t(`funds.${a.fund}`)}</td>
                  <td className="num">{money(a.balance)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('funds.PUBLIC')}</th>
                <td />
                <td className="num">{money(o.publicFund)}</td>
              </tr>
              <tr>
                <th scope="row">{t('funds.OWN')}</th>
                <td />
                <td className="num">{money(o.ownFund)}</td>
              </tr>
            </tfoot>
          </table>
        </TableRegion>
      )}

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
