import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { formatMoney } from '../../lib/amount';
import { compareMoney } from '../../lib/cents';

type Status = components['schemas']['BudgetStatus'];

/**
 * The household's budgets at a glance on its dashboard, from the overview's budget status (so the
 * dashboard needs no second request and the live update that refreshes the overview refreshes these
 * too): per budget what is left, what may be spent today and a bar, the bar's figure also as text.
 * A book without budgets shows nothing.
 */
export function BudgetsWidget({ bookId, budgets }: { bookId: string; budgets: Status[] }) {
  const { t, i18n } = useTranslation();
  if (budgets.length === 0) return null;
  const money = (m: string | undefined) => formatMoney(m ?? '0.00', i18n.language);
  return (
    <section className="budget-widget" aria-labelledby="dashboard-budgets">
      <h2 id="dashboard-budgets">{t('budgets.widget.title')}</h2>
      <ul className="budget-widget-list">
        {budgets.map((s) => {
          const over = compareMoney(s.remaining ?? '0.00', '0.00') < 0;
          const percent = s.percentUsed ?? 0;
          return (
            <li key={s.budgetId} className="budget-widget-item">
              <p className="budget-widget-name">
                {s.emoji && <span aria-hidden="true">{s.emoji} </span>}
                <strong>{s.name}</strong>
              </p>
              <p className={over ? 'budget-widget-remaining over' : 'budget-widget-remaining'}>
                {over
                  ? t('budgets.overspent', { amount: money(s.remaining?.replace('-', '')) })
                  : t('budgets.remaining', { amount: money(s.remaining) })}
              </p>
              <p className="budget-widget-today">{t('budgets.spendableToday', { amount: money(s.spendableToday) })}</p>
              <svg className="budget-widget-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect x="0" y="0" width="100" height="6" rx="3" fill="#e4e7eb" />
                <rect x="0" y="0" width={Math.min(100, percent)} height="6" rx="3" fill={over ? '#a4161a' : (s.color ?? '#1565c0')} />
              </svg>
              <p className="muted budget-widget-used">{t('budgets.widget.used', { percent })}</p>
            </li>
          );
        })}
      </ul>
      <p>
        <Link to={`/books/${bookId}/budgets`}>{t('budgets.widget.toBudgets')}</Link>
      </p>
    </section>
  );
}
