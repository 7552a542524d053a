import { keepPreviousData, useQuery } from '@tanstack/react-query';
import './ledger.css';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { parseAmount, formatMoney } from '../../lib/amount';
import { formatDate } from '../../lib/dates';
import { Field } from '../../ui/Field';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableRegion } from '../../ui/TableRegion';
import { activeFilterCount, apiQuery, FILTER_KEYS, PAGE_SIZE, searchFromView, SORTS, STATUSES, TYPES, viewFromSearch, type LedgerView } from './filters';
import { amountForInput, signedMoney } from './format';
import { ReceiptThumbnail } from './ReceiptThumbnail';
import { StatusBadge } from './StatusBadge';
import { byId, useAccounts, useCategories, useMembers } from './useBookData';
import { BookNotFound, isNotFound } from './BookNotFound';

/** The ledger: every filter of the API in the URL (shareable, back button and reload keep it), totals, paging. */
export default function LedgerPage() {
  const { t, i18n } = useTranslation();
  const { bookId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const location = useLocation();
  const view = viewFromSearch(search);
  const accounts = useAccounts(bookId);
  const categories = useCategories(bookId);
  const members = useMembers(bookId);
  const result = useQuery({
    queryKey: ['books', bookId, 'transactions', searchFromView(view).toString()],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/transactions', { params: { path: { bookId }, query: apiQuery(view) } })),
    placeholderData: keepPreviousData,
  });
  const accountById = byId(accounts.data);
  const categoryById = byId(categories.data);

  const show = (next: LedgerView) => setSearch(searchFromView(next));

  if (isNotFound(result.error, bookId)) return <BookNotFound />;

  const page = result.data;
  const totalItems = page?.totalItems ?? 0;
  const pages = Math.max(1, Math.ceil(totalItems / PAGE_SIZE));
  const money = (a: string | undefined) => (a === undefined ? '–' : formatMoney(a, i18n.language));

  return (
    <section className="ledger">
      <h1>{t('ledger.title')}</h1>
      {/* Remounted when the URL changes (back/forward), so the fields always show what is applied. */}
      <FilterForm
        key={search.toString()}
        view={view}
        onApply={show}
        accounts={accounts.data ?? []}
        categories={categories.data ?? []}
        members={members.data ?? []}
      />

      <div className="ledger-bar">
        <div className="field field-inline">
          <label htmlFor="ledger-sort">{t('ledger.sort.label')}</label>
          <select id="ledger-sort" value={view.sort} onChange={(e) => show({ ...view, sort: e.target.value, page: 0 })}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`ledger.sort.${s.replace(',', '_')}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <ProblemAlert error={result.error} />
      {result.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        page && (
          <>
            <dl className="totals" aria-label={t('ledger.totals.label')}>
              <div>
                <dt>{t('ledger.totals.items')}</dt>
                <dd data-testid="ledger-total-items">{totalItems}</dd>
              </div>
              <div>
                <dt>{t('ledger.totals.income')}</dt>
                <dd>{money(page.totals?.income)}</dd>
              </div>
              <div>
                <dt>{t('ledger.totals.expense')}</dt>
                <dd>{money(page.totals?.expense)}</dd>
              </div>
            </dl>
            <p className="visually-hidden" role="status">
              {t('ledger.found', { count: totalItems })}
            </p>
            {(page.items ?? []).length === 0 ? (
              <div className="empty">
                <p>{activeFilterCount(view) > 0 ? t('ledger.noMatch') : t('ledger.empty')}</p>
              </div>
            ) : (
              <TableRegion label={t('ledger.title')}>
                <table className="ledger-table">
                  <caption className="visually-hidden">{t('ledger.caption', { page: view.page + 1, pages })}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="wide">
                        {t('ledger.col.date')}
                      </th>
                      <th scope="col">{t('ledger.col.entry')}</th>
                      <th scope="col" className="wide">
                        {t('ledger.col.account')}
                      </th>
                      <th scope="col" className="num">
                        {t('ledger.col.amount')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {(page.items ?? []).map((tx) => {
                      const category = tx.categoryId ? categoryById.get(tx.categoryId) : undefined;
                      return (
                        <tr key={tx.id}>
                          <td className="date wide">{formatDate(tx.date, i18n.language)}</td>
                          <th scope="row">
                            {tx.receiptIds?.[0] && (
                              <ReceiptThumbnail
                                bookId={bookId}
                                receiptId={tx.receiptIds[0]}
                                alt={t('ledger.thumbAlt', { name: tx.counterparty || tx.description || t(`ledger.type.${tx.type}`) })}
                              />
                            )}
                            <Link to={`/books/${bookId}/transactions/${tx.id}`} state={{ from: location.search }}>
                              {tx.counterparty || tx.description || t(`ledger.type.${tx.type}`)}
                            </Link>
                            <span className="entry-meta">
                              {/* On a phone the date column gives way to the amount; the date moves here. */}
                              <span className="narrow-inline">{formatDate(tx.date, i18n.language)} · </span>
                              <StatusBadge status={tx.status} /> {t(`ledger.type.${tx.type}`)}
                              {category && <> · {category.name}</>}
                              {tx.reimbursesMemberId && <> · {t('ledger.reimbursement')}</>}
                              {tx.paidByMemberId && <> · {t('ledger.advance')}</>}
                            </span>
                          </th>
                          <td className="wide">{tx.accountId ? accountById.get(tx.accountId)?.name : ''}</td>
                          <td className="num">{signedMoney(tx, i18n.language)}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </TableRegion>
            )}
            {pages > 1 && (
              <nav className="pager" aria-label={t('ledger.pager.label')}>
                <button type="button" className="button" disabled={view.page === 0} onClick={() => show({ ...view, page: view.page - 1 })}>
                  {t('ledger.pager.previous')}
                </button>
                <span>{t('ledger.pager.position', { page: view.page + 1, pages })}</span>
                <button
                  type="button"
                  className="button"
                  disabled={view.page + 1 >= pages}
                  onClick={() => show({ ...view, page: view.page + 1 })}
                >
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

interface Named {
  id?: string;
  name?: string;
}

export function FilterForm({
  view,
  onApply,
  accounts,
  categories,
  members,
}: {
  view: LedgerView;
  onApply: (view: LedgerView) => void;
  accounts: Named[];
  categories: Named[];
  members: { userId?: string; displayName?: string }[];
}) {
  const { t, i18n } = useTranslation();
  const f = view.filters;
  const [values, setValues] = useState<Record<string, string>>(() => ({
    ...Object.fromEntries(FILTER_KEYS.map((k) => [k, f[k] ?? ''])),
    minAmount: amountForInput(f.minAmount, i18n.language),
    maxAmount: amountForInput(f.maxAmount, i18n.language),
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: string) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const count = activeFilterCount(view);
  // Open on a wide screen; on a phone the list comes first and the filters fold away.
  const [open] = useState(() => count > 0 || !window.matchMedia('(max-width: 40rem)').matches);

  function apply(e: FormEvent) {
    e.preventDefault();
    const next: Record<string, string> = {};
    const problems: Record<string, string> = {};
    for (const key of FILTER_KEYS) {
      const raw = values[key]?.trim() ?? '';
      if (!raw) continue;
      if (key === 'minAmount' || key === 'maxAmount') {
        const amount = parseAmount(raw);
        if (amount === null || amount.startsWith('-')) problems[key] = t('ledger.filter.amountInvalid');
        else next[key] = amount;
      } else {
        next[key] = raw;
      }
    }
    setErrors(problems);
    if (Object.keys(problems).length === 0) onApply({ ...view, filters: next, page: 0 });
  }

  return (
    <details className="filters" open={open}>
      <summary>{count > 0 ? t('ledger.filter.titleCount', { count }) : t('ledger.filter.title')}</summary>
      <form onSubmit={apply} role="search" aria-label={t('ledger.filter.title')}>
        <div className="filter-grid">
          <Field label={t('ledger.filter.q')} type="search" value={values.q} onChange={set('q')} maxLength={200} />
          <Field label={t('ledger.filter.from')} type="date" value={values.from} onChange={set('from')} />
          <Field label={t('ledger.filter.to')} type="date" value={values.to} onChange={set('to')} />
          <Select label={t('ledger.filter.type')} value={values.type!} onChange={set('type')}>
            {TYPES.map((v) => (
              <option key={v} value={v}>
                {t(`ledger.type.${v}`)}
              </option>
            ))}
          </Select>
          <Select label={t('ledger.filter.status')} value={values.status!} onChange={set('status')}>
            {STATUSES.map((v) => (
              <option key={v} value={v}>
                {t(`ledger.status.${v}`)}
              </option>
            ))}
          </Select>
          <Select label={t('ledger.filter.account')} value={values.accountId!} onChange={set('accountId')}>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </Select>
          <Select label={t('ledger.filter.category')} value={values.categoryId!} onChange={set('categoryId')}>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
          <Select label={t('ledger.filter.member')} value={values.memberId!} onChange={set('memberId')}>
            {members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.displayName}
              </option>
            ))}
          </Select>
          <Field
            label={t('ledger.filter.minAmount')}
            inputMode="decimal"
            value={values.minAmount}
            onChange={set('minAmount')}
            error={errors.minAmount}
            hint={t('ledger.filter.amountHint')}
          />
          <Field
            label={t('ledger.filter.maxAmount')}
            inputMode="decimal"
            value={values.maxAmount}
            onChange={set('maxAmount')}
            error={errors.maxAmount}
          />
        </div>
        <div className="actions">
          <button type="submit" className="button primary">
            {t('ledger.filter.apply')}
          </button>
          {count > 0 && (
            <button type="button" className="button" onClick={() => onApply({ ...view, filters: {}, page: 0 })}>
              {t('ledger.filter.reset')}
            </button>
          )}
        </div>
      </form>
    </details>
  );
}

function Select({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (e: { target: { value: string } }) => void;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  const id = `filter-${label.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={onChange}>
        <option value="">{t('ledger.filter.any')}</option>
        {children}
      </select>
    </div>
  );
}
