import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useMe } from '../../app/useMe';
import { formatMoney, parseAmount } from '../../lib/amount';
import { Field } from '../../ui/Field';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { CategoryPicker } from './CategoryPicker';
import { PendingList } from './PendingList';
import { ReceiptInput } from './ReceiptInput';
import { newKey } from './outbox';
import { apiTransport, outbox } from './outboxStore';
import { applyExtraction, type PrefillField, type PrefillMark } from './prefill';
import type { PreparedFile } from './shrink';
import { remember, remembered } from './recent';
import { useOutbox } from './useOutbox';
import { SplitSection } from '../splitting/SplitSection';
import { emptySplitForm, nextSplitForm, splitOf, type SplitForm } from '../splitting/splitForm';
import './record.css';

type Transaction = components['schemas']['Transaction'];
type Status = 'BOOKED' | 'SUBMITTED' | 'DRAFT';
export type RecordKind = 'EXPENSE' | 'INCOME' | 'TRANSFER' | 'CLAIM';
const KINDS: RecordKind[] = ['CLAIM', 'EXPENSE', 'INCOME', 'TRANSFER'];

/** Today in the person's own time zone: a receipt from 00:30 belongs to today, not to UTC's yesterday. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

type Outcome = { kind: 'sent'; transaction: Transaction; what: RecordKind } | { kind: 'kept'; id: string };

/**
 * Records an expense, an income, a transfer or a claim (an expense a member paid out of pocket,
 * submitted for approval). `?type=CLAIM` opens it preset; with the category and account used last,
 * a claim is the amount and one tap on "submit".
 */
export default function RecordPage() {
  const { t, i18n } = useTranslation();
  const { bookId = '' } = useParams();
  const [search] = useSearchParams();
  const me = useMe();
  const client = useQueryClient();
  const pending = useOutbox(me.data?.id);

  const book = useQuery({
    queryKey: ['books', bookId],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}', { params: { path: { bookId } } })),
  });
  const accounts = useQuery({
    queryKey: ['books', bookId, 'accounts'],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/accounts', { params: { path: { bookId }, query: { size: 500 } } })),
    select: (page) => (page.items ?? []).filter((a) => !a.archived),
  });
  const categories = useQuery({
    queryKey: ['books', bookId, 'categories'],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/categories', { params: { path: { bookId }, query: { size: 500 } } })),
    select: (page) => (page.items ?? []).filter((c) => !c.archived),
  });

  const preset = search.get('type')?.toUpperCase();
  const [chosenKind, setKind] = useState<RecordKind | undefined>(KINDS.includes(preset as RecordKind) ? (preset as RecordKind) : undefined);
  // A group shares what it spends (an expense, split); elsewhere a member most often claims an advance.
  const kind: RecordKind = chosenKind ?? (book.data?.kind === 'GROUP' ? 'EXPENSE' : 'CLAIM');
  const [amount, setAmount] = useState('');
  const [date, setDate] = useState(localToday);
  const [categoryId, setCategoryId] = useState<string | undefined>();
  const [accountId, setAccountId] = useState<string | undefined>();
  const [toAccountId, setToAccountId] = useState<string | undefined>();
  const [counterparty, setCounterparty] = useState('');
  const [description, setDescription] = useState('');
  const [receipt, setReceipt] = useState<PreparedFile | null>(null);
  const [status, setStatus] = useState<Status | undefined>();
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [split, setSplit] = useState<SplitForm>(emptySplitForm);
  // What the person typed themselves (an extraction never overwrites it) and what a receipt filled in.
  const [typed, setTyped] = useState<ReadonlySet<PrefillField>>(new Set());
  const [marked, setMarked] = useState<Partial<Record<PrefillField, PrefillMark>>>({});
  // The receipt uploaded as soon as it was chosen (to read it); the outbox then only links it.
  const [uploaded, setUploaded] = useState<{ receipt: PreparedFile; id: string; key: string } | null>(null);
  const [reading, setReading] = useState(false);
  // The form as it is now, for an extraction that answers after the person went on typing.
  const latest = useRef({ amount, date, counterparty, description, typed, receipt });
  latest.current = { amount, date, counterparty, description, typed, receipt };

  // Read again after each submission, which may have changed what was used last.
  const recent = useMemo(() => remembered(bookId), [bookId, outcome]);
  const role = book.data?.role;
  const keepsBooks = role === 'ADMIN' || role === 'TREASURER';
  const categoryKind = kind === 'INCOME' ? 'INCOME' : 'EXPENSE';
  const fitting = useMemo(() => (categories.data ?? []).filter((c) => c.kind === categoryKind), [categories.data, categoryKind]);

  // Start with the account and the category used last (or the first of the book), once they are loaded.
  useEffect(() => {
    const list = accounts.data ?? [];
    if (list.length === 0 || (accountId && list.some((a) => a.id === accountId))) return;
    setAccountId(list.find((a) => a.id === recent.accountId)?.id ?? list[0]!.id);
  }, [accounts.data, accountId, recent.accountId]);
  useEffect(() => {
    const list = accounts.data ?? [];
    if (kind !== 'TRANSFER' || (toAccountId && toAccountId !== accountId)) return;
    setToAccountId(list.find((a) => a.id !== accountId)?.id);
  }, [kind, accounts.data, accountId, toAccountId]);
  // `?categoryId=` (a budget's "record a spending") comes first, then the one used last.
  const presetCategory = search.get('categoryId');
  useEffect(() => {
    if (kind === 'TRANSFER') return;
    if (categoryId && fitting.some((c) => c.id === categoryId)) return;
    setCategoryId(
      fitting.find((c) => c.id === presetCategory)?.id ?? recent.categories.find((id) => fitting.some((c) => c.id === id)),
    );
  }, [kind, fitting, categoryId, recent.categories, presetCategory]);

  const statuses: Status[] =
    keepsBooks && kind !== 'CLAIM' ? [...(book.data?.requireApproval ? [] : (['BOOKED'] as Status[])), 'SUBMITTED', 'DRAFT'] : ['SUBMITTED', 'DRAFT'];
  const chosenStatus = status && statuses.includes(status) ? status : statuses[0]!;

  if (book.isError) return <ProblemAlert error={book.error} />;
  if (book.isPending || accounts.isPending || categories.isPending || me.isPending) return <p role="status">{t('common.loading')}</p>;
  if (role === 'AUDITOR') {
    return (
      <section>
        <h1>{t('record.title')}</h1>
        <p>{t('record.auditorReadsOnly')}</p>
      </section>
    );
  }

  const parsed = parseAmount(amount);
  const amountError = parsed === null || parsed.startsWith('-') || parsed === '0.00' ? t('record.amountInvalid') : undefined;
  const transferError = kind === 'TRANSFER' && (!toAccountId || toAccountId === accountId) ? t('record.transferSame') : undefined;
  const accountList = accounts.data ?? [];
  // An expense or an income (a refund) may be shared among members; a GROUP book shares by default.
  const splittable = kind === 'EXPENSE' || kind === 'INCOME';
  const splitOn = splittable && (split.on ?? book.data?.kind === 'GROUP');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setShowErrors(true);
    setError(null);
    if (amountError || transferError || !accountId || !date || !me.data?.id) return;
    setBusy(true);
    const body = {
      type: kind === 'CLAIM' ? ('EXPENSE' as const) : kind,
      amount: parsed!,
      date,
      accountId,
      toAccountId: kind === 'TRANSFER' ? toAccountId : undefined,
      categoryId: kind === 'TRANSFER' ? undefined : categoryId,
      paidByMemberId: kind === 'CLAIM' ? me.data.id : undefined,
      counterparty: counterparty.trim() || undefined,
      description: description.trim() || undefined,
      status: chosenStatus,
      split: splittable ? splitOf(split, splitOn, amountError ? null : parsed, me.data.id) : undefined,
    };
    const id = newKey();
    try {
      const result = await outbox.submit({
        id,
        userId: me.data.id,
        bookId,
        idempotencyKey: newKey(),
        body,
        receipt: receipt
          ? uploaded?.receipt === receipt
            ? { blob: receipt.blob, fileName: receipt.fileName, uploadKey: uploaded.key, receiptId: uploaded.id }
            : { blob: receipt.blob, fileName: receipt.fileName, uploadKey: newKey() }
          : undefined,
        createdAt: new Date().toISOString(),
      });
      if (result.outcome === 'refused') {
        setError(result.error);
        return;
      }
      remember(bookId, { categoryId: body.categoryId, accountId });
      setOutcome(result.outcome === 'sent' ? { kind: 'sent', transaction: result.transaction, what: kind } : { kind: 'kept', id });
      if (result.outcome === 'sent') void client.invalidateQueries({ queryKey: ['books', bookId] });
      setAmount('');
      setCounterparty('');
      setDescription('');
      setReceipt(null);
      setUploaded(null);
      setTyped(new Set());
      setMarked({});
      setSplit(nextSplitForm(split));
      setShowErrors(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  /** Typing in a field makes it the person's: it loses its mark and no later extraction touches it. */
  function typing(field: PrefillField, set: (value: string) => void) {
    return (e: { target: { value: string } }) => {
      set(e.target.value);
      setTyped((before) => new Set(before).add(field));
      setMarked(({ [field]: _gone, ...rest }) => rest);
    };
  }

  /**
   * A chosen receipt is uploaded at once and read (e-invoice data or OCR); what was found fills the fields
   * not typed in. Nothing is recorded before "save". Offline, or when reading fails, the form stays as it
   * is and the outbox uploads the receipt with the entry, as without extraction.
   */
  async function chooseReceipt(file: PreparedFile | null) {
    setReceipt(file);
    latest.current = { ...latest.current, receipt: file };
    setMarked({});
    if (!file) {
      setUploaded(null);
      return;
    }
    setReading(true);
    try {
      const key = newKey();
      const stored = await apiTransport.uploadReceipt(bookId, key, file.blob, file.fileName);
      if (!stored.id || latest.current.receipt !== file) return;
      setUploaded({ receipt: file, id: stored.id, key });
      const extraction = await unwrap(
        api.GET('/api/v1/books/{bookId}/receipts/{receiptId}/extraction', { params: { path: { bookId, receiptId: stored.id } } }),
      );
      const now = latest.current;
      if (now.receipt !== file) return; // removed or replaced meanwhile
      const result = applyExtraction(now, now.typed, extraction, i18n.language, (number) => t('record.prefill.invoice', { number }));
      setAmount(result.values.amount);
      setDate(result.values.date);
      setCounterparty(result.values.counterparty);
      setDescription(result.values.description);
      setMarked(result.marked);
    } catch {
      // Reading the receipt is a help, never a condition: the entry is recorded the usual way.
    } finally {
      setReading(false);
    }
  }

  const markOf = (field: PrefillField) => {
    const m = marked[field];
    if (!m) return undefined;
    return (
      <span className={`prefilled prefilled-${m.kind === 'OCR' ? 'ocr' : 'invoice'}`}>
        {m.kind === 'OCR'
          ? t('record.prefill.ocr', { confidence: new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(m.confidence) })
          : t('record.prefill.invoiceMark')}
      </span>
    );
  };

  return (
    <section className="record">
      <h1>{t('record.title')}</h1>

      {outcome?.kind === 'sent' && (
        <div className="alert alert-success" role="status">
          <p className="alert-title">
            {t(`record.sent.${outcome.transaction.status ?? 'DRAFT'}`, {
              what: t(`record.kind.${outcome.what}`),
              amount: formatMoney(outcome.transaction.amount ?? '0.00', i18n.language),
            })}
          </p>
          {(outcome.transaction.warnings ?? []).length > 0 && (
            <>
              <p>{t('record.warnings')}</p>
              <ul>
                {(outcome.transaction.warnings ?? []).map((w) => (
                  <li key={w.code}>{t(`record.warning.${w.code}`, { defaultValue: w.message ?? w.code })}</li>
                ))}
              </ul>
            </>
          )}
          <p>
            <Link to={`/books/${bookId}`}>{t('record.toDashboard')}</Link>
          </p>
        </div>
      )}
      {outcome?.kind === 'kept' &&
        (pending.entries.some((e) => e.id === outcome.id) ? (
          <div className="alert alert-info" role="status">
            <p className="alert-title">{t('record.kept')}</p>
            <p>{t('record.keptText')}</p>
          </div>
        ) : (
          <div className="alert alert-success" role="status">
            <p className="alert-title">{t('record.keptSent')}</p>
          </div>
        ))}

      <PendingList entries={pending.entries.filter((e) => e.bookId === bookId)} onRetry={pending.retry} onDiscard={pending.discard} />

      {accountList.length === 0 ? (
        <div className="empty">
          <p>{t('record.noAccounts')}</p>
        </div>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <div className="choice kinds" role="group" aria-label={t('record.kindLabel')}>
            {KINDS.map((k) => (
              <button key={k} type="button" className="toggle" aria-pressed={kind === k} onClick={() => setKind(k)}>
                {t(`record.kind.${k}`)}
              </button>
            ))}
          </div>
          <p className="muted kind-hint">{t(`record.kindHint.${kind}`)}</p>

          <Field
            label={t('record.amount')}
            name="amount"
            inputMode="decimal"
            autoComplete="off"
            // Opened as a shortcut (the dashboard's "submit a claim"), the amount is all that is left to type.
            autoFocus={preset !== undefined}
            required
            value={amount}
            className={marked.amount ? 'prefilled-input' : undefined}
            hint={
              <>
                {parsed && !amountError ? formatMoney(parsed, i18n.language) : t('record.amountHint')}
                {marked.amount && <> · {markOf('amount')}</>}
              </>
            }
            error={showErrors ? amountError : undefined}
            onChange={typing('amount', setAmount)}
          />
          <Field
            label={t('record.date')}
            name="date"
            type="date"
            required
            value={date}
            className={marked.date ? 'prefilled-input' : undefined}
            hint={markOf('date')}
            onChange={typing('date', setDate)}
          />

          {kind !== 'TRANSFER' && (
            <CategoryPicker categories={fitting} recent={recent.categories} value={categoryId} onChange={setCategoryId} />
          )}

          <div className="field">
            <label htmlFor="record-account">{t(kind === 'TRANSFER' ? 'record.fromAccount' : kind === 'CLAIM' ? 'record.claimAccount' : 'record.account')}</label>
            <select id="record-account" value={accountId ?? ''} onChange={(e) => setAccountId(e.target.value)}>
              {accountList.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name} ({t(`funds.${a.fund}`)})
                </option>
              ))}
            </select>
          </div>
          {kind === 'TRANSFER' && (
            <div className="field">
              <label htmlFor="record-to-account">{t('record.toAccount')}</label>
              <select
                id="record-to-account"
                value={toAccountId ?? ''}
                aria-invalid={showErrors && transferError ? true : undefined}
                aria-describedby={showErrors && transferError ? 'record-to-account-error' : undefined}
                onChange={(e) => setToAccountId(e.target.value)}
              >
                {accountList.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name} ({t(`funds.${a.fund}`)})
                  </option>
                ))}
              </select>
              {showErrors && transferError && (
                <p id="record-to-account-error" className="field-error">
                  {transferError}
                </p>
              )}
            </div>
          )}

          {kind !== 'TRANSFER' && (
            <Field
              label={t(kind === 'INCOME' ? 'record.payer' : 'record.payee')}
              name="counterparty"
              autoComplete="off"
              value={counterparty}
              className={marked.counterparty ? 'prefilled-input' : undefined}
              hint={markOf('counterparty')}
              onChange={typing('counterparty', setCounterparty)}
            />
          )}
          <Field
            label={t('record.description')}
            name="description"
            autoComplete="off"
            value={description}
            className={marked.description ? 'prefilled-input' : undefined}
            hint={markOf('description')}
            onChange={typing('description', setDescription)}
          />

          {splittable && me.data?.id && (
            <SplitSection
              bookId={bookId}
              amount={amountError ? null : parsed}
              me={me.data.id}
              defaultOn={book.data?.kind === 'GROUP'}
              value={split}
              onChange={setSplit}
            />
          )}

          <ReceiptInput value={receipt} onChange={(file) => void chooseReceipt(file)} />
          <p role="status" className="muted prefill-status">
            {reading ? t('record.prefill.reading') : Object.keys(marked).length > 0 ? t('record.prefill.done') : ''}
          </p>

          {statuses.length > 1 && (
            <div className="field">
              <span className="field-label" id="record-status-label">
                {t('record.statusLabel')}
              </span>
              <div className="choice statuses" role="group" aria-labelledby="record-status-label">
                {statuses.map((s) => (
                  <button key={s} type="button" className="toggle" aria-pressed={chosenStatus === s} onClick={() => setStatus(s)}>
                    {t(`record.status.${s}`)}
                  </button>
                ))}
              </div>
            </div>
          )}

          <ProblemAlert error={error} />
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? t('record.sending') : t(`record.submit.${kind === 'CLAIM' ? 'CLAIM' : chosenStatus}`)}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
