import { useId } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../lib/amount';
import { formatDate } from '../../lib/dates';
import { BookNotFound, isNotFound } from '../ledger/BookNotFound';
import { useReconciliation } from './api';
import { ImportProblemAlert } from './ImportProblemAlert';
import { useBankAccounts } from './useBankAccounts';

/**
 * An account's statement balance against its ledger balance at the end of a day (today unless the URL
 * says `date`, as the period screen's blocker does), the difference and the lines still open up to then.
 * Difference 0,00 is what closing a period needs.
 */
export default function ReconciliationPage() {
  const { t, i18n } = useTranslation();
  const { bookId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const accounts = useBankAccounts(bookId);
  const accountId = search.get('accountId') ?? accounts.bank[0]?.id ?? '';
  const date = search.get('date') ?? '';
  const r = useReconciliation(bookId, accountId, date);
  const id = useId();
  if (isNotFound(accounts.error ?? r.error, bookId)) return <BookNotFound />;
  const money = (m?: string) => (m ? formatMoney(m, i18n.language) : t('importing.reconciliation.noStatement'));
  function set(name: 'accountId' | 'date', value: string) {
    const next = new URLSearchParams(search);
    if (name === 'accountId' && !next.get('accountId')) next.set('accountId', accountId);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearch(next, { replace: true });
  }
  const data = r.data;
  const account = accounts.bank.find((a) => a.id === accountId);

  return (
    <div className="bank-reconciliation">
      <h1>{t('importing.reconciliation.title')}</h1>
      <p className="muted">{t('importing.reconciliation.intro')}</p>
      <div className="bank-filters">
        <div className="field">
          <label htmlFor={`${id}-account`}>{t('importing.account')}</label>
          <select id={`${id}-account`} value={accountId} onChange={(e) => set('accountId', e.target.value)}>
            {accounts.bank.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('importing.reconciliation.date')}</label>
          <input id={`${id}-date`} type="date" value={date} onChange={(e) => set('date', e.target.value)} />
        </div>
      </div>
      <ImportProblemAlert error={accounts.error ?? r.error} />
      {accounts.isSuccess && accounts.bank.length === 0 && <p className="empty">{t('importing.reconciliation.noAccounts')}</p>}
      {data && (
        <section className="card bank-card reconciliation" aria-labelledby={`${id}-title`} data-testid="reconciliation">
          <h2 id={`${id}-title`}>
            {t('importing.reconciliation.at', { account: account?.name ?? '', date: formatDate(data.date, i18n.language) })}
          </h2>
          <dl className="facts">
            <dt>{t('importing.reconciliation.statement')}</dt>
            <dd data-testid="statement-balance">{money(data.statementBalance)}</dd>
            <dt>{t('importing.reconciliation.ledger')}</dt>
            <dd data-testid="ledger-balance">{data.ledgerBalance ? formatMoney(data.ledgerBalance, i18n.language) : '–'}</dd>
            <dt>{t('importing.reconciliation.difference')}</dt>
            <dd data-testid="difference">{data.difference ? formatMoney(data.difference, i18n.language) : '–'}</dd>
            <dt>{t('importing.reconciliation.unmatched')}</dt>
            <dd data-testid="unmatched">{data.unmatchedLines ?? 0}</dd>
          </dl>
          <p className={data.reconciled ? 'alert alert-success' : 'alert alert-error'} data-testid="reconciled">
            {data.statementBalance === undefined || data.statementBalance === null
              ? t('importing.reconciliation.noStatementText')
              : data.reconciled
                ? t('importing.reconciliation.reconciled')
                : t('importing.reconciliation.notReconciled')}
          </p>
          {(data.unmatchedLines ?? 0) > 0 && (
            <p>
              <Link to={`/books/${bookId}/bank?accountId=${accountId}`}>{t('importing.reconciliation.toInbox', { count: data.unmatchedLines })}</Link>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
