import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { parseAmount } from '../../lib/amount';
import { Field } from '../../ui/Field';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { BookNotFound, isNotFound } from '../ledger/BookNotFound';
import { amountForInput, today } from '../ledger/format';
import { useAccounts, useCategories } from '../ledger/useBookData';
import '../budgets/budgets.css';

type EntryType = 'EXPENSE' | 'INCOME';
type Frequency = 'WEEKLY' | 'MONTHLY' | 'QUARTERLY' | 'YEARLY';

/**
 * Creates (`/recurring/new`) or changes a recurring transaction. "Last day of the month" is day 31, which
 * falls on every month's last day (the API's rule). A PATCH carries the version read (If-Match); a stale
 * edit offers to load the current one.
 */
export default function RecurringEditorPage() {
  const { t, i18n } = useTranslation();
  const { bookId = '', recurringId } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const isNew = !recurringId || recurringId === 'new';
  const current = useQuery({
    queryKey: ['books', bookId, 'recurring', recurringId],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/recurring/{id}', { params: { path: { bookId, id: recurringId! } } })),
    enabled: !isNew,
  });
  const accounts = useAccounts(bookId);
  const categories = useCategories(bookId);

  const [type, setType] = useState<EntryType>('EXPENSE');
  const [amount, setAmount] = useState('');
  const [accountId, setAccountId] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [counterparty, setCounterparty] = useState('');
  const [description, setDescription] = useState('');
  const [frequency, setFrequency] = useState<Frequency>('MONTHLY');
  const [interval, setInterval] = useState('1');
  const [dayOfMonth, setDayOfMonth] = useState('');
  const [startsOn, setStartsOn] = useState(today());
  const [endsOn, setEndsOn] = useState('');
  const [autoBook, setAutoBook] = useState(false);
  const [amountError, setAmountError] = useState<string>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [loadedVersion, setLoadedVersion] = useState<number | undefined>();

  useEffect(() => {
    const r = current.data;
    if (!r || loadedVersion === r.version) return;
    setType((r.template?.type as EntryType) ?? 'EXPENSE');
    setAmount(amountForInput(r.template?.amount, i18n.language));
    setAccountId(r.template?.accountId ?? '');
    setCategoryId(r.template?.categoryId ?? '');
    setCounterparty(r.template?.counterparty ?? '');
    setDescription(r.template?.description ?? '');
    setFrequency((r.schedule?.frequency as Frequency) ?? 'MONTHLY');
    setInterval(String(r.schedule?.interval ?? 1));
    setDayOfMonth(r.schedule?.dayOfMonth ? String(r.schedule.dayOfMonth) : '');
    setStartsOn(r.schedule?.startsOn ?? today());
    setEndsOn(r.schedule?.endsOn ?? '');
    setAutoBook(!!r.autoBook);
    setLoadedVersion(r.version);
  }, [current.data, loadedVersion, i18n.language]);

  const usableAccounts = (accounts.data ?? []).filter((a) => !a.archived || a.id === accountId);
  const fitting = (categories.data ?? []).filter((c) => c.kind === type && (!c.archived || c.id === categoryId));
  useEffect(() => {
    if (!accountId && usableAccounts.length > 0) setAccountId(usableAccounts[0]!.id!);
  }, [accountId, usableAccounts]);

  if (isNotFound(current.error ?? accounts.error, bookId)) return <BookNotFound />;
  if ((!isNew && current.isPending) || accounts.isPending || categories.isPending) return <p role="status">{t('common.loading')}</p>;

  const stale = error instanceof ApiProblem && (error.status === 412 || error.type === 'urn:cet:problem:stale-version');
  const back = `/books/${bookId}/recurring`;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = parseAmount(amount);
    if (!parsed || parsed.startsWith('-') || parsed === '0.00') {
      setAmountError(t('recurring.editor.amountInvalid'));
      return;
    }
    setAmountError(undefined);
    setError(null);
    setBusy(true);
    const n = Number.parseInt(interval, 10);
    const body = {
      template: {
        type,
        amount: parsed,
        accountId,
        categoryId: categoryId && fitting.some((c) => c.id === categoryId) ? categoryId : undefined,
        counterparty: counterparty.trim() || undefined,
        description: description.trim() || undefined,
      },
      schedule: {
        frequency,
        interval: Number.isNaN(n) ? undefined : n,
        dayOfMonth: frequency !== 'WEEKLY' && dayOfMonth ? Number.parseInt(dayOfMonth, 10) : undefined,
        startsOn,
        endsOn: endsOn || undefined,
      },
      autoBook,
    };
    try {
      if (isNew) {
        await unwrap(api.POST('/api/v1/books/{bookId}/recurring', { params: { path: { bookId } }, body }));
      } else {
        await unwrap(
          api.PATCH('/api/v1/books/{bookId}/recurring/{id}', {
            params: { path: { bookId, id: recurringId! }, header: { 'If-Match': `"${loadedVersion}"` } },
            body,
          }),
        );
      }
      await client.invalidateQueries({ queryKey: ['books', bookId] });
      navigate(back);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (!window.confirm(t('recurring.editor.confirmDelete'))) return;
    setBusy(true);
    setError(null);
    try {
      await unwrap(api.DELETE('/api/v1/books/{bookId}/recurring/{id}', { params: { path: { bookId, id: recurringId! } } }));
      await client.invalidateQueries({ queryKey: ['books', bookId, 'recurring'] });
      navigate(back);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function reload() {
    setError(null);
    setLoadedVersion(undefined);
    await current.refetch();
  }

  const days = Array.from({ length: 30 }, (_, i) => i + 1);
  return (
    <section className="recurring-editor">
      <h1>{isNew ? t('recurring.editor.newTitle') : t('recurring.editor.editTitle')}</h1>
      {stale ? (
        <div className="alert alert-warning" role="alert">
          <p className="alert-title">{t('recurring.editor.staleTitle')}</p>
          <p>{t('recurring.editor.staleText')}</p>
          <button type="button" className="button" onClick={() => void reload()}>
            {t('recurring.editor.reload')}
          </button>
        </div>
      ) : (
        <ProblemAlert error={error} />
      )}
      <form className="editor-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor="recurring-type">{t('recurring.editor.type')}</label>
          <select id="recurring-type" value={type} onChange={(e) => setType(e.target.value as EntryType)}>
            <option value="EXPENSE">{t('recurring.type.EXPENSE')}</option>
            <option value="INCOME">{t('recurring.type.INCOME')}</option>
          </select>
        </div>
        <Field label={t('recurring.editor.amount')} value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="decimal" required error={amountError} />
        <div className="field">
          <label htmlFor="recurring-account">{t('recurring.editor.account')}</label>
          <select id="recurring-account" value={accountId} onChange={(e) => setAccountId(e.target.value)}>
            {usableAccounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="recurring-category">{t('recurring.editor.category')}</label>
          <select id="recurring-category" value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
            <option value="">{t('recurring.editor.noCategory')}</option>
            {fitting.map((c) => (
              <option key={c.id} value={c.id}>
                {c.emoji ? `${c.emoji} ` : ''}
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <Field label={t('recurring.editor.counterparty')} value={counterparty} onChange={(e) => setCounterparty(e.target.value)} maxLength={200} />
        <Field label={t('recurring.editor.description')} value={description} onChange={(e) => setDescription(e.target.value)} maxLength={2000} />
        <div className="field">
          <label htmlFor="recurring-frequency">{t('recurring.editor.frequency')}</label>
          <select id="recurring-frequency" value={frequency} onChange={(e) => setFrequency(e.target.value as Frequency)}>
            {(['WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY'] as const).map((f) => (
              <option key={f} value={f}>
                {t(`recurring.frequency.${f}`)}
              </option>
            ))}
          </select>
        </div>
        <Field label={t('recurring.editor.interval')} hint={t('recurring.editor.intervalHint')} type="number" min={1} max={99} value={interval} onChange={(e) => setInterval(e.target.value)} />
        {frequency !== 'WEEKLY' && (
          <div className="field">
            <label htmlFor="recurring-day">{t('recurring.editor.dayOfMonth')}</label>
            <select id="recurring-day" value={dayOfMonth} onChange={(e) => setDayOfMonth(e.target.value)}>
              <option value="">{t('recurring.editor.dayOfStart')}</option>
              {days.map((d) => (
                <option key={d} value={String(d)}>
                  {d}.
                </option>
              ))}
              <option value="31">{t('recurring.editor.lastDay')}</option>
            </select>
          </div>
        )}
        <Field label={t('recurring.editor.startsOn')} type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} required />
        <Field label={t('recurring.editor.endsOn')} hint={t('recurring.editor.endsOnHint')} type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
        <label className="choice">
          <input type="checkbox" checked={autoBook} onChange={(e) => setAutoBook(e.target.checked)} />
          {t('recurring.editor.autoBook')}
        </label>
        <div className="editor-actions">
          <button type="submit" className="button primary" disabled={busy || stale}>
            {t('recurring.editor.save')}
          </button>
          <Link className="button" to={back}>
            {t('recurring.editor.cancel')}
          </Link>
          {!isNew && (
            <button type="button" className="button danger" disabled={busy} onClick={() => void remove()}>
              {t('recurring.editor.delete')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
