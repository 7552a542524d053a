import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { formatMoney } from '../../lib/amount';
import { compareMoney, permille, sumMoney } from '../../lib/cents';
import { TableRegion } from '../../ui/TableRegion';

type OverviewMonth = components['schemas']['OverviewMonth'];

interface MonthGroup {
  month: string;
  total: string;
  rows: { key: string; label: string; amount: string }[];
}

/**
 * The overview's spending rows grouped by month (oldest first), categories by amount within a month.
 * The overview's month rows hold income and expense per official code; spending is the EX- codes. A code
 * booked from both funds in a month is two rows, told apart by the fund's name.
 */
export function groupByMonth(months: OverviewMonth[], fundName: (fund: string) => string = (f) => f): MonthGroup[] {
  const groups = new Map<string, OverviewMonth[]>();
  for (const m of months) {
    if (!m.month || !m.amount || !m.officialCode?.startsWith('EX-')) continue;
    groups.set(m.month, [...(groups.get(m.month) ?? []), m]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, rows]) => ({
      month,
      total: sumMoney(rows.map((r) => r.amount!)),
      rows: rows
        .map((r) => {
          const twice = rows.filter((o) => o.officialCode === r.officialCode).length > 1;
          const label = `${r.officialCode} ${r.name ?? ''}`.trim();
          return {
            key: `${r.officialCode}-${r.fund ?? ''}`,
            label: twice && r.fund ? `${label} (${fundName(r.fund)})` : label,
            amount: r.amount!,
          };
        })
        .sort((a, b) => compareMoney(b.amount, a.amount) || a.label.localeCompare(b.label)),
    }));
}

const LATEST_MONTHS = 12;

/** The last twelve months with spending (the groups are oldest first). */
export function latestMonths<T>(groups: T[]): T[] {
  return groups.length > LATEST_MONTHS ? groups.slice(groups.length - LATEST_MONTHS) : groups;
}

function monthName(month: string, language: string): string {
  const [y, m] = month.split('-');
  if (!y || !m) return month;
  return new Intl.DateTimeFormat(language.startsWith('en') ? 'en-GB' : 'de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(y), Number(m) - 1, 1)),
  );
}

/**
 * Spending per official category and month: SVG bars (drawn here, no chart library, so the first load
 * stays small) with their figures as text beside them, and the same numbers as a table below.
 */
export function SpendingChart({ months }: { months: OverviewMonth[] }) {
  const { t, i18n } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  // The table repeats the chart's figures: folded, and built only when opened (a busy book's months are
  // hundreds of rows that would otherwise cost a phone its first seconds).
  const [tableOpen, setTableOpen] = useState(false);
  const all = groupByMonth(months, (fund) => t(`funds.${fund}`));
  if (all.length === 0) return <p className="empty">{t('dashboard.noSpending')}</p>;
  // A period of several years has dozens of months: the latest ones first come on screen, the rest on
  // request (thousands of bars and rows made the dashboard slow to show on a phone).
  const groups = showAll ? all : latestMonths(all);
  const largest = groups.flatMap((g) => g.rows.map((r) => r.amount)).reduce((a, b) => (compareMoney(a, b) >= 0 ? a : b));
  const money = (a: string) => formatMoney(a, i18n.language);

  return (
    <>
      {all.length > LATEST_MONTHS && (
        <p className="muted">
          {showAll ? t('dashboard.allMonthsShown', { count: all.length }) : t('dashboard.latestMonthsShown', { count: LATEST_MONTHS, total: all.length })}{' '}
          <button type="button" className="link-button" aria-pressed={showAll} onClick={() => setShowAll(!showAll)}>
            {showAll ? t('dashboard.showLatestMonths', { count: LATEST_MONTHS }) : t('dashboard.showAllMonths', { count: all.length })}
          </button>
        </p>
      )}
      <figure className="chart" aria-labelledby="spending-chart-caption">
        <figcaption id="spending-chart-caption" className="visually-hidden">
          {t('dashboard.chartCaption')}
        </figcaption>
        {groups.map((g) => (
          <div key={g.month} className="chart-month">
            <h3>
              {monthName(g.month, i18n.language)} <span className="muted">{money(g.total)}</span>
            </h3>
            <ul>
              {g.rows.map((r) => (
                <li key={r.key} className="bar-row">
                  <span className="bar-label">{r.label}</span>
                  <svg className="bar" viewBox="0 0 1000 16" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect x="0" y="0" width={Math.max(4, permille(r.amount, largest))} height="16" rx="3" />
                  </svg>
                  <span className="bar-value">{money(r.amount)}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </figure>
      <details className="spending-table" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>{t('dashboard.showTable')}</summary>
        {tableOpen && (
          <TableRegion label={t('dashboard.spendingTable')}>
            <table>
              <caption className="visually-hidden">{t('dashboard.spendingTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.month')}</th>
                  <th scope="col">{t('dashboard.category')}</th>
                  <th scope="col" className="num">
                    {t('dashboard.amount')}
                  </th>
                </tr>
              </thead>
              {groups.map((g) => (
                <tbody key={g.month}>
                  {g.rows.map((r, i) => (
                    <tr key={r.key}>
                      {i === 0 && (
                        <th scope="rowgroup" rowSpan={g.rows.length + 1}>
                          {monthName(g.month, i18n.language)}
                        </th>
                      )}
                      <td>{r.label}</td>
                      <td className="num">{money(r.amount)}</td>
                    </tr>
                  ))}
                  <tr className="subtotal">
                    <td>{t('dashboard.monthTotal')}</td>
                    <td className="num">{money(g.total)}</td>
                  </tr>
                </tbody>
              ))}
            </table>
          </TableRegion>
        )}
      </details>
    </>
  );
}
