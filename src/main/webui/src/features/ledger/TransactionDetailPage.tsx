import { useQuery, useQueryClient } from '@tanstack/react-query';
import './ledger.css';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { components } from '../../api/schema';
import { formatMoney, parseAmount } from '../../lib/amount';
import { formatDate } from '../../lib/dates';
import { Field } from '../../ui/Field';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { BookForm } from './BookForm';
import { BookNotFound, isUuid } from './BookNotFound';
import { amountForInput, formatInstant, signedMoney, today } from './format';
import { History } from './History';
import { allowedActions, fourEyesBlock, type Action, type ApprovalRules, type BookActor } from './permissions';
import { ReceiptPreview } from './ReceiptPreview';
import { RefusalAlert } from './RefusalAlert';
import { StatusBadge } from './StatusBadge';
import { byId, memberNames, useAccounts, useActor, useCategories, useMembers } from './useBookData';
import { useTransactionAction } from './useTransactionAction';

type Transaction = components['schemas']['Transaction'];

/** One entry: its fields, receipts, warnings, history and exactly the actions its status and my role allow. */
export default function TransactionDetailPage() {
  const { t, i18n } = useTranslation();
  const { bookId = '', id = '' } = useParams();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '';
  const entry = useQuery({
    queryKey: ['books', bookId, 'transactions', id],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/transactions/{id}', { params: { path: { bookId, id } } })),
    enabled: isUuid(bookId) && isUuid(id),
  });
  const accounts = byId(useAccounts(bookId).data);
  const categories = byId(useCategories(bookId).data);
  const names = memberNames(useMembers(bookId).data);
  const { actor, rules } = useActor(bookId);
  const [editing, setEditing] = useState(false);

  if (!isUuid(bookId) || !isUuid(id) || (entry.error instanceof ApiProblem && entry.error.status === 404)) return <BookNotFound entry />;
  if (entry.isPending) return <p role="status">{t('common.loading')}</p>;
  if (entry.isError) return <ProblemAlert error={entry.error} />;
  const tx = entry.data;
  const who = (userId?: string) => (userId ? names.get(userId) || t('ledger.someone') : '');
  const when = (instant?: string) => formatInstant(instant, i18n.language);
  const allowed = actor && rules ? allowedActions(tx, actor, rules) : new Set<Action>();
  const describe = (field: string, value: unknown): string | undefined => {
    if (Array.isArray(value) && field === 'receiptIds') return String(value.length);
    if (Array.isArray(value) && field === 'approvals')
      return value.map((a: { approverId?: string }) => (a.approverId && names.get(a.approverId)) || t('ledger.someone')).join(', ');
    if (typeof value !== 'string') return undefined;
    switch (field) {
      case 'type':
        return t(`ledger.type.${value}`);
      case 'status':
        return t(`ledger.status.${value}`);
      case 'amount':
        return formatMoney(value, i18n.language);
      case 'date':
        return formatDate(value, i18n.language);
      case 'accountId':
      case 'toAccountId':
        return accounts.get(value)?.name;
      case 'categoryId':
        return categories.get(value)?.name;
      case 'paidByMemberId':
      case 'reimbursesMemberId':
        return names.get(value);
      default:
        return undefined;
    }
  };

  return (
    <section className="entry">
      <p>
        <Link to={`/books/${bookId}/transactions${from}`}>{t('ledger.backToLedger')}</Link>
      </p>
      <h1>
        {tx.counterparty || tx.description || t(`ledger.type.${tx.type}`)} <StatusBadge status={tx.status} />
      </h1>
      <p className="amount">{signedMoney(tx, i18n.language)}</p>

      {(tx.warnings ?? []).length > 0 && (
        <div className="alert alert-info" role="note" aria-label={t('ledger.warnings')}>
          <p className="alert-title">{t('ledger.warnings')}</p>
          <ul>
            {(tx.warnings ?? []).map((w) => (
              <li key={w.code}>{t(`ledger.warning.${w.code}`, { defaultValue: w.message })}</li>
            ))}
          </ul>
        </div>
      )}

      {actor && rules && (
        <Actions tx={tx} bookId={bookId} actor={actor} rules={rules} allowed={allowed} onEdit={() => setEditing(true)} />
      )}
      {editing && allowed.has('edit') && <EditDraft tx={tx} bookId={bookId} onDone={() => setEditing(false)} />}

      <h2>{t('ledger.details')}</h2>
      <dl className="facts">
        <Fact label={t('ledger.field.type')}>{t(`ledger.type.${tx.type}`)}</Fact>
        <Fact label={t('ledger.field.date')}>{formatDate(tx.date, i18n.language)}</Fact>
        <Fact label={t('ledger.field.accountId')}>{tx.accountId && accounts.get(tx.accountId)?.name}</Fact>
        <Fact label={t('ledger.field.toAccountId')}>{tx.toAccountId && accounts.get(tx.toAccountId)?.name}</Fact>
        <Fact label={t('ledger.field.categoryId')}>{tx.categoryId && categories.get(tx.categoryId)?.name}</Fact>
        <Fact label={t('ledger.field.counterparty')}>{tx.counterparty}</Fact>
        <Fact label={t('ledger.field.description')}>{tx.description}</Fact>
        <Fact label={t('ledger.field.reference')}>{tx.reference}</Fact>
        <Fact label={t('ledger.field.paidByMemberId')}>{who(tx.paidByMemberId)}</Fact>
        <Fact label={t('ledger.field.reimbursesMemberId')}>{who(tx.reimbursesMemberId)}</Fact>
        <Fact label={t('ledger.field.tags')}>{(tx.tags ?? []).join(', ')}</Fact>
        <Fact label={t('ledger.field.justification')}>{tx.justification}</Fact>
        <Fact label={t('ledger.field.eigenbeleg')}>{tx.eigenbeleg}</Fact>
        <Fact label={t('ledger.created')}>{tx.createdBy && `${who(tx.createdBy)}, ${when(tx.createdAt)}`}</Fact>
        <Fact label={t('ledger.submitted')}>{tx.submittedBy && `${who(tx.submittedBy)}, ${when(tx.submittedAt)}`}</Fact>
        <Fact label={t('ledger.approvals')}>{(tx.approvals ?? []).map((a) => `${who(a.approverId)}, ${when(a.at)}`).join('; ')}</Fact>
        <Fact label={t('ledger.booked')}>{tx.bookedBy && `${who(tx.bookedBy)}, ${when(tx.bookedAt)}`}</Fact>
        <Fact label={t('ledger.rejected')}>{tx.rejectedBy && `${who(tx.rejectedBy)}: ${tx.rejectionReason ?? ''}`}</Fact>
        <Fact label={t('ledger.field.reversalReason')}>{tx.reversalReason}</Fact>
        <Fact label={t('ledger.links')}>
          {tx.reversalOf && <Link to={`/books/${bookId}/transactions/${tx.reversalOf}`}>{t('ledger.reversalOf')}</Link>}
          {tx.reversedBy && <Link to={`/books/${bookId}/transactions/${tx.reversedBy}`}>{t('ledger.reversedBy')}</Link>}
          {tx.reworkOf && <Link to={`/books/${bookId}/transactions/${tx.reworkOf}`}>{t('ledger.reworkOf')}</Link>}
          {tx.reworkedInto && <Link to={`/books/${bookId}/transactions/${tx.reworkedInto}`}>{t('ledger.reworkedInto')}</Link>}
        </Fact>
      </dl>

      <h2>{t('ledger.receipts.title')}</h2>
      {(tx.receiptIds ?? []).length === 0 ? (
        <p className="muted">{t('ledger.receipts.none')}</p>
      ) : (
        <ul className="receipts">
          {(tx.receiptIds ?? []).map((r) => (
            <ReceiptPreview key={r} bookId={bookId} receiptId={r} />
          ))}
        </ul>
      )}

      <h2>{t('ledger.history')}</h2>
      <History bookId={bookId} id={id} names={names} describe={describe} />
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  if (children === undefined || children === null || children === '' || children === false) return null;
  if (Array.isArray(children) && children.every((c) => !c)) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** The buttons the entry's status and my role allow (permissions.ts); reject and reverse ask for their reason first. */
function Actions({
  tx,
  bookId,
  actor,
  rules,
  allowed,
  onEdit,
}: {
  tx: Transaction;
  bookId: string;
  actor: BookActor;
  rules: ApprovalRules;
  allowed: Set<Action>;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const run = useTransactionAction(bookId);
  const [asking, setAsking] = useState<'reject' | 'reverse' | 'delete' | 'book' | null>(null);
  const [reason, setReason] = useState('');
  const [date, setDate] = useState(today());
  const [done, setDone] = useState<string | null>(null);
  const id = tx.id!;
  const blocked = tx.status === 'SUBMITTED' ? fourEyesBlock(tx, actor, rules) : null;

  async function call(action: Action, booking?: { accountId?: string; date?: string }) {
    setDone(null);
    try {
      if (action === 'book') await run.mutateAsync({ action, id, ...booking });
      else if (action === 'reject') await run.mutateAsync({ action, id, reason });
      else if (action === 'reverse') {
        const reversal = await run.mutateAsync({ action, id, reason, date });
        navigate(`/books/${bookId}/transactions/${reversal!.id}`);
      } else if (action === 'delete') {
        await run.mutateAsync({ action, id });
        navigate(`/books/${bookId}/transactions`, { replace: true });
        return;
      } else if (action === 'rework') {
        const draft = await run.mutateAsync({ action, id });
        navigate(`/books/${bookId}/transactions/${draft!.id}`);
      } else if (action !== 'edit') await run.mutateAsync({ action, id });
      setAsking(null);
      setReason('');
      setDone(t(`ledger.done.${action}`));
    } catch {
      // shown below from the mutation's error
    }
  }

  if (allowed.size === 0 && !blocked) return null;
  const button = (action: Action, primary = false) =>
    allowed.has(action) && (
      <button
        type="button"
        className={primary ? 'button primary' : 'button'}
        disabled={run.isPending}
        onClick={() => {
          if (action === 'edit') onEdit();
          else if (action === 'reject' || action === 'reverse' || action === 'delete' || action === 'book') setAsking(action);
          else void call(action);
        }}
      >
        {t(`ledger.do.${action}`)}
      </button>
    );

  return (
    <div className="entry-actions">
      <h2 className="visually-hidden">{t('ledger.actions')}</h2>
      <div className="actions">
        {button('approve', true)}
        {button('book', true)}
        {button('submit', true)}
        {button('edit')}
        {button('reject')}
        {button('reverse')}
        {button('rework')}
        {button('delete')}
      </div>
      {blocked && !run.error && <p className="muted">{t(blocked === 'own' ? 'ledger.refusal.fourEyesOwn' : 'ledger.refusal.fourEyesTwice')}</p>}
      {asking === 'book' && (
        <BookForm tx={tx} bookId={bookId} busy={run.isPending} onBook={(choice) => void call('book', choice)} onCancel={() => setAsking(null)} />
      )}
      {asking && asking !== 'book' && (
        <form
          className="card ask"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            void call(asking);
          }}
        >
          {asking === 'delete' ? (
            <p>{t('ledger.ask.delete')}</p>
          ) : (
            <div className="field">
              <label htmlFor="action-reason">{t(asking === 'reject' ? 'ledger.ask.rejectReason' : 'ledger.ask.reverseReason')}</label>
              <textarea id="action-reason" required maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
            </div>
          )}
          {asking === 'reverse' && <Field label={t('ledger.ask.reverseDate')} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />}
          <div className="actions">
            <button type="submit" className="button primary" disabled={run.isPending}>
              {t(`ledger.confirm.${asking}`)}
            </button>
            <button type="button" className="button" onClick={() => setAsking(null)}>
              {t('ledger.cancel')}
            </button>
          </div>
        </form>
      )}
      {done && (
        <p className="alert alert-success" role="status">
          {done}
        </p>
      )}
      <RefusalAlert error={run.error} tx={tx} actor={actor} rules={rules} />
    </div>
  );
}

/**
 * Changes a draft (or, for the treasurer, a submitted entry). The PATCH carries the version I read as
 * If-Match: when someone changed the entry meanwhile the API answers 412 and nothing is overwritten; the
 * screen then offers to reload the entry.
 */
function EditDraft({ tx, bookId, onDone }: { tx: Transaction; bookId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  // The version the edit started from: a newer one arriving meanwhile must not be overwritten blindly.
  const [baseVersion] = useState(tx.version);
  const [amount, setAmount] = useState(amountForInput(tx.amount, i18n.language));
  const [date, setDate] = useState(tx.date ?? '');
  const [counterparty, setCounterparty] = useState(tx.counterparty ?? '');
  const [description, setDescription] = useState(tx.description ?? '');
  const [amountError, setAmountError] = useState<string>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const stale = error instanceof ApiProblem && (error.status === 412 || error.type === 'urn:cet:problem:stale-version');

  async function save(e: FormEvent) {
    e.preventDefault();
    const parsed = parseAmount(amount);
    if (!parsed || parsed.startsWith('-') || parsed === '0.00') {
      setAmountError(t('ledger.edit.amountInvalid'));
      return;
    }
    setAmountError(undefined);
    setError(null);
    setBusy(true);
    try {
      const changed = await unwrap(
        api.PATCH('/api/v1/books/{bookId}/transactions/{id}', {
          params: { path: { bookId, id: tx.id! }, header: { 'If-Match': `"${baseVersion}"` } },
          body: { amount: parsed, date, counterparty: counterparty.trim() || null, description: description.trim() || null },
        }),
      );
      client.setQueryData(['books', bookId, 'transactions', tx.id], changed);
      await client.invalidateQueries({ queryKey: ['books', bookId] });
      onDone();
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(false);
    }
  }

  async function reload() {
    await client.invalidateQueries({ queryKey: ['books', bookId, 'transactions', tx.id] });
    onDone();
  }

  return (
    <form className="card edit" onSubmit={save} aria-labelledby="edit-title">
      <h2 id="edit-title">{t('ledger.edit.title')}</h2>
      <Field label={t('ledger.field.amount')} inputMode="decimal" required value={amount} onChange={(e) => setAmount(e.target.value)} error={amountError} />
      <Field label={t('ledger.field.date')} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
      <Field label={t('ledger.field.counterparty')} value={counterparty} maxLength={200} onChange={(e) => setCounterparty(e.target.value)} />
      <Field label={t('ledger.field.description')} value={description} maxLength={2000} onChange={(e) => setDescription(e.target.value)} />
      {stale ? (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{t('ledger.edit.staleTitle')}</p>
          <p>{t('ledger.edit.staleText')}</p>
          <button type="button" className="button primary" onClick={() => void reload()}>
            {t('ledger.edit.reload')}
          </button>
        </div>
      ) : (
        <ProblemAlert error={error} />
      )}
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy || stale}>
          {t('ledger.edit.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('ledger.cancel')}
        </button>
      </div>
    </form>
  );
}
