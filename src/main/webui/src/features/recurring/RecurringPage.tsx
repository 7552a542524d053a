import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { formatMoney } from '../../lib/amount';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { BookNotFound, isNotFound } from '../ledger/BookNotFound';
import { keepsTheBooks } from '../ledger/permissions';
import { useActor } from '../ledger/useBookData';
import '../budgets/budgets.css';

type Recurring = components['schemas']['RecurringTransaction'];

/** Formats a date of the API (`2026-03-31`) in the person's language. */
export function formatDate(date: string | undefined, language: string): string {
  if (!date) return '—';
  return new Intl.DateTimeFormat(language.startsWith('en') ? 'en-GB' : 'de-DE', { dateStyle: 'medium' }).format(
    new Date(`${date}T12:00:00`),
  );
}

/** "Every month on the 31st (the last day)", "every 2 weeks" …: how a schedule reads. */
export function describeSchedule(r: Recurring, t: (key: string, options?: Record<string, unknown>) => string): string {
  const s = r.schedule;
  const interval = s?.interval ?? 1;
  const base = t(`recurring.every.${s?.frequency ?? 'MONTHLY'}`, { count: interval });
  if (!s || s.frequency === 'WEEKLY') return base;
  const day = s.dayOfMonth;
  if (day === 31) return `${base}, ${t('recurring.lastDay')}`;
  return day ? `${base}, ${t('recurring.onDay', { day })}` : base;
}

/** The book's recurring transactions (rent, phone, grants): what each makes, how often, and when next. */
export default function RecurringPage() {
  const { t, i18n } = useTranslation();
  const { bookId = '' } = useParams();
  const { actor } = useActor(bookId);
  const list = useQuery({
    queryKey: ['books', bookId, 'recurring'],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/recurring', { params: { path: { bookId }, query: { size: 500 } } })),
    select: (page) => page.items ?? [],
  });
  if (isNotFound(list.error, bookId)) return <BookNotFound />;
  const manage = actor ? keepsTheBooks(actor) : false;

  return (
    <section className="recurring">
      <div className="budgets-head">
        <h1>{t('recurring.title')}</h1>
        {manage && (
          <Link className="button" to={`/books/${bookId}/recurring/new`}>
            {t('recurring.new')}
          </Link>
        )}
      </div>
      <p className="muted">{t('recurring.intro')}</p>
      <ProblemAlert error={list.error} />
      {list.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : (list.data ?? []).length === 0 ? (
        <p className="empty">{t('recurring.none')}</p>
      ) : (
        <ul className="recurring-list">
          {(list.data ?? []).map((r) => {
            const title = r.template?.description || r.template?.counterparty || t(`recurring.type.${r.template?.type ?? 'EXPENSE'}`);
            const headingId = `recurring-${r.id}`;
            const sign = r.template?.type === 'EXPENSE' ? '-' : '';
            return (
              <li key={r.id} className="recurring-item" aria-labelledby={headingId}>
                <h2 id={headingId}>{title}</h2>
                <p>
                  <strong>{formatMoney(`${sign}${r.template?.amount ?? '0.00'}`, i18n.language)}</strong> · {describeSchedule(r, t)}
                </p>
                <p className="muted">
                  {r.nextDueDate ? t('recurring.next', { date: formatDate(r.nextDueDate, i18n.language) }) : t('recurring.ended')}
                  {' · '}
                  {r.autoBook ? t('recurring.autoBook') : t('recurring.drafts')}
                </p>
                {manage && (
                  <Link to={`/books/${bookId}/recurring/${r.id}`} aria-label={t('recurring.editName', { name: title })}>
                    {t('recurring.edit')}
                  </Link>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
