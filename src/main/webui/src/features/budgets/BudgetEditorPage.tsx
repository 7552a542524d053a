import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { parseAmount } from '../../lib/amount';
import { Field } from '../../ui/Field';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { BookNotFound, isNotFound } from '../ledger/BookNotFound';
import { amountForInput } from '../ledger/format';
import { useCategories } from '../ledger/useBookData';
import { useBudget } from './useBudgets';
import './budgets.css';

type Cadence = 'MONTHLY' | 'PERIOD';

/**
 * Creates (`/budgets/new`) or changes a budget. A changed limit holds for the whole current month (or
 * period) and after it, recalculated at once; the PATCH carries the version read (If-Match), and a stale
 * edit offers to load the current budget instead of overwriting it.
 */
export default function BudgetEditorPage() {
  const { t, i18n } = useTranslation();
  const { bookId = '', budgetId } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const isNew = !budgetId || budgetId === 'new';
  const budget = useBudget(bookId, isNew ? undefined : budgetId);
  const categories = useCategories(bookId);
  const expenseCategories = (categories.data ?? []).filter((c) => c.kind === 'EXPENSE' && (!c.archived || c.id === budget.data?.categoryId));

  const [categoryId, setCategoryId] = useState('');
  const [name, setName] = useState('');
  const [emoji, setEmoji] = useState('');
  const [color, setColor] = useState('#4CAF50');
  const [limit, setLimit] = useState('');
  const [cadence, setCadence] = useState<Cadence>('MONTHLY');
  const [rollover, setRollover] = useState(false);
  const [startsOn, setStartsOn] = useState('');
  const [limitError, setLimitError] = useState<string>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [loadedVersion, setLoadedVersion] = useState<number | undefined>();

  useEffect(() => {
    const b = budget.data;
    if (!b || loadedVersion === b.version) return;
    setCategoryId(b.categoryId ?? '');
    setName(b.name ?? '');
    setEmoji(b.emoji ?? '');
    setColor(b.color ?? '#4CAF50');
    setLimit(amountForInput(b.limit, i18n.language));
    setCadence((b.cadence as Cadence) ?? 'MONTHLY');
    setRollover(!!b.rollover);
    setStartsOn(b.startsOn ?? '');
    setLoadedVersion(b.version);
  }, [budget.data, loadedVersion, i18n.language]);
  useEffect(() => {
    if (isNew && !categoryId && expenseCategories.length > 0) setCategoryId(expenseCategories[0]!.id!);
  }, [isNew, categoryId, expenseCategories]);

  if (isNotFound(budget.error ?? categories.error, bookId)) return <BookNotFound />;
  if ((!isNew && budget.isPending) || categories.isPending) return <p role="status">{t('common.loading')}</p>;

  const stale = error instanceof ApiProblem && (error.status === 412 || error.type === 'urn:cet:problem:stale-version');
  const back = `/books/${bookId}/budgets`;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = parseAmount(limit);
    if (!parsed || parsed.startsWith('-')) {
      setLimitError(t('budgets.editor.limitInvalid'));
      return;
    }
    setLimitError(undefined);
    setError(null);
    setBusy(true);
    try {
      const body = {
        categoryId,
        name: name.trim() || undefined,
        emoji: emoji.trim() || undefined,
        color: color.toUpperCase(),
        limit: parsed,
        cadence,
        rollover,
        startsOn: startsOn || undefined,
      };
      if (isNew) {
        await unwrap(api.POST('/api/v1/books/{bookId}/budgets', { params: { path: { bookId } }, body }));
      } else {
        await unwrap(
          api.PATCH('/api/v1/books/{bookId}/budgets/{budgetId}', {
            params: { path: { bookId, budgetId: budgetId! }, header: { 'If-Match': `"${loadedVersion}"` } },
            body,
          }),
        );
      }
      await client.invalidateQueries({ queryKey: ['books', bookId, 'budgets'] });
      navigate(back);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (!window.confirm(t('budgets.editor.confirmDelete', { name }))) return;
    setError(null);
    setBusy(true);
    try {
      await unwrap(api.DELETE('/api/v1/books/{bookId}/budgets/{budgetId}', { params: { path: { bookId, budgetId: budgetId! } } }));
      await client.invalidateQueries({ queryKey: ['books', bookId, 'budgets'] });
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
    await budget.refetch();
  }

  return (
    <section className="budget-editor">
      <h1>{isNew ? t('budgets.editor.newTitle') : t('budgets.editor.editTitle', { name: budget.data?.name })}</h1>
      {stale ? (
        <div className="alert alert-warning" role="alert">
          <p className="alert-title">{t('budgets.editor.staleTitle')}</p>
          <p>{t('budgets.editor.staleText')}</p>
          <button type="button" className="button" onClick={() => void reload()}>
            {t('budgets.editor.reload')}
          </button>
        </div>
      ) : (
        <ProblemAlert error={error} />
      )}
      <form className="editor-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor="budget-category">{t('budgets.editor.category')}</label>
          <select id="budget-category" value={categoryId} onChange={(e) => setCategoryId(e.target.value)} required>
            {expenseCategories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.emoji ? `${c.emoji} ` : ''}
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <Field label={t('budgets.editor.name')} hint={t('budgets.editor.nameHint')} value={name} onChange={(e) => setName(e.target.value)} maxLength={100} />
        <Field label={t('budgets.editor.limit')} hint={t('budgets.editor.limitHint')} value={limit} onChange={(e) => setLimit(e.target.value)} inputMode="decimal" required error={limitError} />
        <div className="field">
          <label htmlFor="budget-cadence">{t('budgets.editor.cadence')}</label>
          <select id="budget-cadence" value={cadence} onChange={(e) => setCadence(e.target.value as Cadence)}>
            <option value="MONTHLY">{t('budgets.editor.monthly')}</option>
            <option value="PERIOD">{t('budgets.editor.period')}</option>
          </select>
        </div>
        <label className="choice">
          <input type="checkbox" checked={rollover} onChange={(e) => setRollover(e.target.checked)} />
          {t('budgets.editor.rollover')}
        </label>
        <Field label={t('budgets.editor.emoji')} value={emoji} onChange={(e) => setEmoji(e.target.value)} maxLength={16} />
        <Field label={t('budgets.editor.color')} type="color" value={color} onChange={(e) => setColor(e.target.value)} />
        <Field label={t('budgets.editor.startsOn')} hint={t('budgets.editor.startsOnHint')} type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
        <div className="editor-actions">
          <button type="submit" className="button primary" disabled={busy || stale}>
            {t('budgets.editor.save')}
          </button>
          <Link className="button" to={back}>
            {t('budgets.editor.cancel')}
          </Link>
          {!isNew && (
            <button type="button" className="button danger" disabled={busy} onClick={() => void remove()}>
              {t('budgets.editor.delete')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
