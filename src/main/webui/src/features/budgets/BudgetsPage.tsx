import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { formatMoney } from '../../lib/amount';
import { compareMoney, sumMoney } from '../../lib/cents';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { BookNotFound, isNotFound } from '../ledger/BookNotFound';
import { keepsTheBooks, writes } from '../ledger/permissions';
import { useActor } from '../ledger/useBookData';
import { useBudgetStatus } from './useBudgets';
import './budgets.css';

type Status = components['schemas']['BudgetStatus'];

/**
 * The household's main screen: one funnel per budget with what is left this month, what may be spent
 * today to stay within it, and a bar of what is used (with the same figures as text). Recording a
 * spending is one click away: the record screen opens with the budget's category chosen.
 */
export default function BudgetsPage() {
  const { t } = useTranslation();
  const { bookId = '' } = useParams();
  const { actor } = useActor(bookId);
  const status = useBudgetStatus(bookId);
  if (isNotFound(status.error, bookId)) return <BookNotFound />;
  const manage = actor ? keepsTheBooks(actor) : false;
  const record = actor ? writes(actor) : false;

  return (
    <section className="budgets">
      <div className="budgets-head">
        <h1>{t('budgets.title')}</h1>
        {manage && (
          <Link className="button" to={`/books/${bookId}/budgets/new`}>
            {t('budgets.new')}
          </Link>
        )}
      </div>
      <p className="muted">{t('budgets.intro')}</p>
      <ProblemAlert error={status.error} />
      {status.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : (status.data ?? []).length === 0 ? (
        <p className="empty">{t('budgets.none')}</p>
      ) : (
        <ul className="funnels">
          {(status.data ?? []).map((s) => (
            <Funnel key={s.budgetId} bookId={bookId} status={s} manage={manage} record={record} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Funnel({ bookId, status: s, manage, record }: { bookId: string; status: Status; manage: boolean; record: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const money = (m: string | undefined) => formatMoney(m ?? '0.00', lang);
  const over = compareMoney(s.remaining ?? '0.00', '0.00') < 0;
  const percent = s.percentUsed ?? 0;
  const headingId = `budget-${s.budgetId}`;
  const dateFormat = new Intl.DateTimeFormat(lang.startsWith('en') ? 'en-GB' : 'de-DE', { day: 'numeric', month: 'long' });
  const window = s.windowEnd ? dateFormat.format(new Date(`${s.windowEnd}T12:00:00`)) : '';
  return (
    <li className="funnel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {s.emoji && (
          <span className="funnel-emoji" aria-hidden="true">
            {s.emoji}
          </span>
        )}
        {s.name}
      </h2>
      <p className={over ? 'funnel-remaining over' : 'funnel-remaining'}>
        {over ? t('budgets.overspent', { amount: money(s.remaining?.replace('-', '')) }) : t('budgets.remaining', { amount: money(s.remaining) })}
      </p>
      <p className="funnel-today">{t('budgets.spendableToday', { amount: money(s.spendableToday) })}</p>
      <svg className="funnel-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect x="0" y="0" width="100" height="6" rx="3" fill="#e4e7eb" />
        <rect x="0" y="0" width={Math.min(100, percent)} height="6" rx="3" fill={over ? '#a4161a' : (s.color ?? '#1565c0')} />
      </svg>
      <p className="funnel-facts">
        {t('budgets.used', { percent, spent: money(s.spent), available: money(available(s)) })}
      </p>
      <p className="funnel-facts muted">
        {t('budgets.daysLeft', { count: s.daysLeft ?? 0, end: window })}
        {s.carriedIn && s.carriedIn !== '0.00' && <> · {t('budgets.carried', { amount: money(s.carriedIn) })}</>}
        {s.categoryArchived && <> · {t('budgets.archived')}</>}
      </p>
      <div className="funnel-actions">
        {record && (
          <Link
            className="button primary"
            to={`/books/${bookId}/record?type=EXPENSE&categoryId=${s.categoryId}`}
            aria-label={t('budgets.recordIn', { name: s.name })}
          >
            {t('budgets.record')}
          </Link>
        )}
        {manage && (
          <Link className="button" to={`/books/${bookId}/budgets/${s.budgetId}`} aria-label={t('budgets.editName', { name: s.name })}>
            {t('budgets.edit')}
          </Link>
        )}
      </div>
    </li>
  );
}

/** What the window allows: its limit and what earlier windows carried in. */
function available(s: Status): string {
  return sumMoney([s.limit ?? '0.00', s.carriedIn ?? '0.00']);
}
