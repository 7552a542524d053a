import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { formatMoney } from '../../lib/amount';
import { formatDate } from '../../lib/dates';
import { Field } from '../../ui/Field';
import { BookNotFound, isNotFound } from '../ledger/BookNotFound';
import { StatusBadge } from '../ledger/StatusBadge';
import { byId, useActor, useCategories } from '../ledger/useBookData';
import { CategoryPicker } from '../record/CategoryPicker';
import '../record/record.css';
import { keepsBank, readsBank } from './access';
import { bankKey, LINE_STATUSES, useBankLines, useRules, useTransaction, type BankLine, type LineStatus } from './api';
import { nextOf, scorePercent } from './format';
import { ImportProblemAlert } from './ImportProblemAlert';
import { useBankAccounts } from './useBankAccounts';

type Category = components['schemas']['Category'];

/** The key that accepts the best suggestion of the focused line (documented on the screen and on the button). */
export const ACCEPT_KEY = 'a';

/**
 * The inbox of bank lines: filtered by status and account (in the URL). Each line shows its suggested
 * entries with their score; the treasurer accepts the best one with one key (A) or its button, and the
 * focus moves on to the next line; or creates a booked entry from the line, ignores it, or says that a
 * suspected duplicate is a payment of its own. Readers (an auditor) see the lines without the actions.
 */
export default function InboxPage() {
  const { t } = useTranslation();
  const { bookId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const statusParam = search.get('status');
  const status: LineStatus | undefined =
    statusParam === 'ALL' ? undefined : LINE_STATUSES.includes(statusParam as LineStatus) ? (statusParam as LineStatus) : 'NEW';
  const accountId = search.get('accountId') ?? '';
  const { actor } = useActor(bookId);
  const may = keepsBank(actor?.role);
  const accounts = useBankAccounts(bookId);
  const lines = useBankLines(bookId, status, accountId);
  const rules = useRules(bookId, lines.isSuccess);
  const categories = useCategories(bookId);
  const client = useQueryClient();
  const id = useId();
  const refs = useRef(new Map<string, HTMLElement>());
  const [focusNext, setFocusNext] = useState<string | null>(null);
  const [creating, setCreating] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<{ lineId: string; error: unknown } | null>(null);
  const items = lines.data?.items ?? [];

  useEffect(() => {
    if (!focusNext || lines.isFetching) return;
    const target = refs.current.get(focusNext) ?? document.getElementById(`${id}-list-title`);
    target?.focus();
    setFocusNext(null);
  }, [focusNext, lines.isFetching, items, id]);

  const act = useMutation({
    mutationFn: ({ line, action, transactionId }: { line: BankLine; action: 'match' | 'ignore' | 'not-duplicate'; transactionId?: string }) => {
      const path = { bookId, lineId: line.id! };
      if (action === 'match')
        return unwrap(api.POST('/api/v1/books/{bookId}/bank-lines/{lineId}/match', { params: { path }, body: { transactionId: transactionId! } }));
      if (action === 'ignore') return unwrap(api.POST('/api/v1/books/{bookId}/bank-lines/{lineId}/ignore', { params: { path } }));
      return unwrap(api.POST('/api/v1/books/{bookId}/bank-lines/{lineId}/not-duplicate', { params: { path } }));
    },
    onMutate: () => {
      setError(null);
      setDone(null);
    },
    onSuccess: (answer, { line, action }) => {
      setDone(t(`importing.inbox.done.${action}`, { counterparty: line.counterparty ?? '' }));
      if (action !== 'not-duplicate') setFocusNext(nextOf(items, line.id!));
      else setFocusNext(line.id!);
      void client.invalidateQueries({ queryKey: bankKey(bookId) });
      if (answer.transactionId) void client.invalidateQueries({ queryKey: ['books', bookId, 'transactions'] });
    },
    onError: (e, { line }) => setError({ lineId: line.id!, error: e }),
  });

  if (isNotFound(lines.error, bookId)) return <BookNotFound />;
  const rulesById = byId(rules.data);
  const categoriesById = byId(categories.data);
  const accountsById = byId(accounts.data);

  function setFilter(name: 'status' | 'accountId', value: string) {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearch(next, { replace: true });
  }

  function onKey(e: KeyboardEvent<HTMLElement>, line: BankLine, index: number) {
    const target = e.target as HTMLElement;
    if (e.altKey || e.ctrlKey || e.metaKey || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    if (e.key.toLowerCase() === ACCEPT_KEY && may) {
      const best = line.suggestions?.[0];
      if (best?.transactionId && !act.isPending) {
        e.preventDefault();
        act.mutate({ line, action: 'match', transactionId: best.transactionId });
      }
    } else if (e.key === 'j' || e.key === 'k') {
      const other = items[index + (e.key === 'j' ? 1 : -1)];
      if (other?.id) {
        e.preventDefault();
        refs.current.get(other.id)?.focus();
      }
    }
  }

  const reconcileTo = `/books/${bookId}/bank/reconciliation${accountId ? `?accountId=${accountId}` : ''}`;

  return (
    <div className="bank-inbox">
      <h1>{t('importing.inbox.title')}</h1>
      <p className="muted">{may ? t('importing.inbox.intro') : readsBank(actor?.role) ? t('importing.readOnly') : null}</p>
      {may && (
        <p className="shortcut-hint" id={`${id}-keys`}>
          {t('importing.inbox.keys')}
        </p>
      )}
      {/* A role that may not read the inbox (a member) sees the API's refusal, nothing else. */}
      <ImportProblemAlert error={lines.error} />
      {!lines.isError && (
      <>
      <div className="bank-filters">
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('importing.inbox.status')}</label>
          <select id={`${id}-status`} value={status ?? 'ALL'} onChange={(e) => setFilter('status', e.target.value === 'NEW' ? '' : e.target.value)}>
            {LINE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`importing.status.${s}`)}
              </option>
            ))}
            <option value="ALL">{t('importing.inbox.all')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-account`}>{t('importing.account')}</label>
          <select id={`${id}-account`} value={accountId} onChange={(e) => setFilter('accountId', e.target.value)}>
            <option value="">{t('importing.inbox.allAccounts')}</option>
            {accounts.bank.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <p className="bank-links">
          <Link to={reconcileTo}>{t('importing.inbox.toReconciliation')}</Link>
          {may && (
            <>
              {' · '}
              <Link to={`/books/${bookId}/bank/upload${accountId ? `?accountId=${accountId}` : ''}`}>{t('importing.inbox.toUpload')}</Link>
            </>
          )}
        </p>
      </div>
      {done && (
        <p className="alert alert-success" role="status">
          {done}
        </p>
      )}
      <h2 id={`${id}-list-title`} tabIndex={-1}>
        {t('importing.inbox.count', { count: lines.data?.totalItems ?? 0 })}
      </h2>
      {lines.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : lines.isError ? null : items.length === 0 ? (
        <p className="empty">{status === 'NEW' ? t('importing.inbox.emptyNew') : t('importing.inbox.empty')}</p>
      ) : (
        <ul className="bank-lines" aria-labelledby={`${id}-list-title`}>
          {items.map((line, index) => {
            const rule = line.ruleApplied ? rulesById.get(line.ruleApplied) : undefined;
            const category = line.categoryId ? categoriesById.get(line.categoryId) : undefined;
            const titleId = `${id}-line-${line.id}`;
            const open = line.status === 'NEW' || line.status === 'DUPLICATE_SUSPECTED';
            return (
              <li key={line.id}>
                <article
                  className={`bank-line status-${(line.status ?? '').toLowerCase()}`}
                  tabIndex={0}
                  aria-labelledby={titleId}
                  aria-describedby={may && open ? `${id}-keys` : undefined}
                  data-testid="bank-line"
                  ref={(el) => {
                    if (el) refs.current.set(line.id!, el);
                    else refs.current.delete(line.id!);
                  }}
                  onKeyDown={(e) => onKey(e, line, index)}
                >
                  <LineHead line={line} titleId={titleId} accountName={accountId ? undefined : accountsById.get(line.accountId ?? '')?.name} />
                  {rule && (
                    <p className="rule-applied">
                      {t('importing.inbox.rule', { name: rule.name ?? '' })}
                      {category && ` → ${category.name}${category.officialCode ? ` (${category.officialCode})` : ''}`}
                    </p>
                  )}
                  {line.status === 'DUPLICATE_SUSPECTED' && <p className="duplicate-note">{t('importing.inbox.duplicateNote')}</p>}
                  {open && (line.suggestions ?? []).length > 0 && (
                    <Suggestions bookId={bookId} line={line} may={may} busy={act.isPending} onAccept={(tx) => act.mutate({ line, action: 'match', transactionId: tx })} />
                  )}
                  {open && (line.suggestions ?? []).length === 0 && <p className="muted">{t('importing.inbox.noSuggestion')}</p>}
                  {error && error.lineId === line.id && <ImportProblemAlert error={error.error} />}
                  {may && open && creating !== line.id && (
                    <div className="actions line-actions">
                      <button type="button" className="button" onClick={() => setCreating(line.id!)}>
                        {t('importing.inbox.create')}
                      </button>
                      {line.status === 'DUPLICATE_SUSPECTED' && (
                        <button type="button" className="button" disabled={act.isPending} onClick={() => act.mutate({ line, action: 'not-duplicate' })}>
                          {t('importing.inbox.notDuplicate')}
                        </button>
                      )}
                      <button type="button" className="button" disabled={act.isPending} onClick={() => act.mutate({ line, action: 'ignore' })}>
                        {t('importing.inbox.ignore')}
                      </button>
                    </div>
                  )}
                  {may && open && creating === line.id && (
                    <CreateForm
                      bookId={bookId}
                      line={line}
                      categories={categories.data ?? []}
                      onCancel={() => {
                        setCreating(null);
                        refs.current.get(line.id!)?.focus();
                      }}
                      onCreated={() => {
                        setCreating(null);
                        setDone(t('importing.inbox.done.create', { counterparty: line.counterparty ?? '' }));
                        setFocusNext(nextOf(items, line.id!));
                      }}
                    />
                  )}
                </article>
              </li>
            );
          })}
        </ul>
      )}
      </>
      )}
    </div>
  );
}

function LineHead({ line, titleId, accountName }: { line: BankLine; titleId: string; accountName?: string }) {
  const { t, i18n } = useTranslation();
  const amount = line.amount ?? '0.00';
  const out = amount.startsWith('-');
  return (
    <div className="line-head">
      <h3 id={titleId}>
        <span className="line-date">{formatDate(line.bookingDate, i18n.language)}</span>{' '}
        <span className="line-party">{line.counterparty || t('importing.inbox.noCounterparty')}</span>{' '}
        <span className={out ? 'line-amount out' : 'line-amount in'} data-testid="line-amount">
          {formatMoney(amount, i18n.language)}
        </span>
      </h3>
      <p className="line-purpose">{line.purpose}</p>
      <p className="bank-meta">
        <span className={`badge badge-line-${(line.status ?? '').toLowerCase()}`}>{t(`importing.status.${line.status}`)}</span>
        {line.reversal && <> · {t('importing.inbox.reversal')}</>}
        {line.counterpartyIban && <> · IBAN {line.counterpartyIban}</>}
        {accountName && <> · {accountName}</>}
      </p>
    </div>
  );
}

function Suggestions({
  bookId,
  line,
  may,
  busy,
  onAccept,
}: {
  bookId: string;
  line: BankLine;
  may: boolean;
  busy: boolean;
  onAccept: (transactionId: string) => void;
}) {
  const { t } = useTranslation();
  const suggestions = line.suggestions ?? [];
  return (
    <div className="suggestions">
      <h4>{t('importing.inbox.suggestions', { count: suggestions.length })}</h4>
      <ol>
        {suggestions.map((s, i) => (
          <li key={s.transactionId}>
            <SuggestedEntry bookId={bookId} transactionId={s.transactionId!} score={s.score} />
            {may && (
              <button
                type="button"
                className={i === 0 ? 'button primary' : 'button'}
                disabled={busy}
                aria-keyshortcuts={i === 0 ? 'A' : undefined}
                onClick={() => onAccept(s.transactionId!)}
              >
                {i === 0 ? t('importing.inbox.acceptBest') : t('importing.inbox.accept')}
              </button>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

function SuggestedEntry({ bookId, transactionId, score }: { bookId: string; transactionId: string; score?: number }) {
  const { t, i18n } = useTranslation();
  const tx = useTransaction(bookId, transactionId);
  const d = tx.data;
  return (
    <span className="suggested">
      <Link to={`/books/${bookId}/transactions/${transactionId}`}>
        {d ? `${d.counterparty || d.description || t('importing.inbox.entry')}, ${formatDate(d.date, i18n.language)}, ${d.amount ? formatMoney(d.amount, i18n.language) : ''}` : t('importing.inbox.entry')}
      </Link>{' '}
      {d?.status && <StatusBadge status={d.status} />}{' '}
      <span className="score" data-testid="score">
        {t('importing.inbox.score', { percent: scorePercent(score) })}
      </span>
    </span>
  );
}

/** A booked entry from the line: the category (the rule's, if one set it), counterparty and description. */
function CreateForm({
  bookId,
  line,
  categories,
  onCancel,
  onCreated,
}: {
  bookId: string;
  line: BankLine;
  categories: Category[];
  onCancel: () => void;
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const id = useId();
  const kind = (line.amount ?? '').startsWith('-') ? 'EXPENSE' : 'INCOME';
  const fitting = categories.filter((c) => !c.archived && c.kind === kind);
  const [categoryId, setCategoryId] = useState<string | undefined>(line.categoryId);
  const [counterparty, setCounterparty] = useState(line.setCounterparty ?? line.counterparty ?? '');
  const [description, setDescription] = useState(line.setDescription ?? line.purpose ?? '');
  const [missing, setMissing] = useState(false);
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/books/{bookId}/bank-lines/{lineId}/create', {
          params: { path: { bookId, lineId: line.id! } },
          body: { categoryId, counterparty: counterparty || undefined, description: description || undefined, tags: line.tags },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: bankKey(bookId) });
      void client.invalidateQueries({ queryKey: ['books', bookId, 'transactions'] });
      onCreated();
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!categoryId) {
      setMissing(true);
      return;
    }
    setMissing(false);
    create.mutate();
  }
  return (
    <form className="create-from-line" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t(kind === 'EXPENSE' ? 'importing.create.titleExpense' : 'importing.create.titleIncome')}</h4>
      <CategoryPicker categories={fitting} recent={line.categoryId ? [line.categoryId] : []} value={categoryId} onChange={setCategoryId} />
      {missing && (
        <p className="field-error" role="alert">
          {t('importing.create.categoryMissing')}
        </p>
      )}
      <Field label={t('importing.create.counterparty')} value={counterparty} onChange={(e) => setCounterparty(e.target.value)} maxLength={200} />
      <Field label={t('importing.create.description')} value={description} onChange={(e) => setDescription(e.target.value)} maxLength={200} />
      <ImportProblemAlert error={create.error} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={create.isPending}>
          {t('importing.create.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('importing.cancel')}
        </button>
      </div>
    </form>
  );
}
