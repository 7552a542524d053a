import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import './ledger.css';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { formatMoney, parseAmount } from '../../lib/amount';
import { Field } from '../../ui/Field';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { BookNotFound, isNotFound } from './BookNotFound';
import { amountForInput, today } from './format';
import { compareMoney } from '../../lib/cents';
import { keepsTheBooks } from './permissions';
import { useAccounts, useActor } from './useBookData';

type Advance = components['schemas']['Advance'];

/**
 * Open advances per member: what the book owes people who paid out of their own pocket. Reimbursing is
 * recording the payment to the member (an EXPENSE with `reimbursesMemberId`, ADR 0003): booked at once
 * when the book does not require approval, otherwise submitted for approval like any other payment.
 */
export default function AdvancesPage() {
  const { t, i18n } = useTranslation();
  const { bookId = '' } = useParams();
  const { actor, rules } = useActor(bookId);
  // Kept here, not in the member's card: a full reimbursement removes the card.
  const [done, setDone] = useState<string | null>(null);
  const advances = useQuery({
    queryKey: ['books', bookId, 'advances'],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/advances', { params: { path: { bookId } } })),
  });
  if (isNotFound(advances.error, bookId)) return <BookNotFound />;
  const open = (advances.data ?? []).filter((a) => a.amount && compareMoney(a.amount, '0.00') > 0);

  return (
    <section className="advances">
      <h1>{t('advances.title')}</h1>
      <p className="muted">{t('advances.intro')}</p>
      {done && (
        <p className="alert alert-success" role="status">
          {done}
        </p>
      )}
      <ProblemAlert error={advances.error} />
      {advances.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : open.length === 0 ? (
        <p className="empty">{t('advances.none')}</p>
      ) : (
        <ul className="inbox">
          {open.map((a) => (
            <li key={a.memberId} className="inbox-item" aria-labelledby={`advance-${a.memberId}`}>
              <h2 id={`advance-${a.memberId}`}>{a.displayName}</h2>
              <p className="amount">{formatMoney(a.amount!, i18n.language)}</p>
              <p>
                <Link to={`/books/${bookId}/transactions?memberId=${a.memberId}`}>{t('advances.entries')}</Link>
              </p>
              {actor && keepsTheBooks(actor) && rules && (
                <Reimburse bookId={bookId} advance={a} booked={!rules.requireApproval} onDone={setDone} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Reimburse({
  bookId,
  advance,
  booked,
  onDone,
}: {
  bookId: string;
  advance: Advance;
  booked: boolean;
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const accounts = useAccounts(bookId);
  const usable = (accounts.data ?? []).filter((a) => !a.archived);
  const [open, setOpen] = useState(false);
  const [amount, setAmount] = useState(amountForInput(advance.amount, i18n.language));
  const [accountId, setAccountId] = useState('');
  const [date, setDate] = useState(today());
  const [amountError, setAmountError] = useState<string>();
  // One key per attempt at reimbursing: a repeated click after a lost answer is not paid twice.
  const [key, setKey] = useState(() => crypto.randomUUID());
  const save = useMutation({
    mutationFn: (body: components['schemas']['CreateTransactionRequest']) =>
      unwrap(api.POST('/api/v1/books/{bookId}/transactions', { params: { path: { bookId }, header: { 'Idempotency-Key': key } }, body })),
    // Said before the lists are read again: a full reimbursement removes this member's card.
    onSuccess: () => {
      setKey(crypto.randomUUID());
      setOpen(false);
      onDone(t(booked ? 'advances.doneBooked' : 'advances.doneSubmitted', { name: advance.displayName }));
      return client.invalidateQueries({ queryKey: ['books', bookId] });
    },
  });
  const selected = accountId || usable[0]?.id || '';

  function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = parseAmount(amount);
    if (!parsed || parsed.startsWith('-') || parsed === '0.00') {
      setAmountError(t('ledger.edit.amountInvalid'));
      return;
    }
    setAmountError(undefined);
    save.mutate({
        type: 'EXPENSE',
        amount: parsed,
        date,
        accountId: selected,
        reimbursesMemberId: advance.memberId,
        counterparty: advance.displayName,
        description: t('advances.description', { name: advance.displayName }),
        status: booked ? 'BOOKED' : 'SUBMITTED',
    });
  }

  if (!open)
    return (
      <button type="button" className="button primary" onClick={() => setOpen(true)}>
        {t('advances.reimburse')}
      </button>
    );
  return (
    <form className="ask" onSubmit={submit} aria-label={t('advances.formLabel', { name: advance.displayName })}>
      <Field label={t('ledger.field.amount')} inputMode="decimal" required value={amount} onChange={(e) => setAmount(e.target.value)} error={amountError} />
      <div className="field">
        <label htmlFor={`reimburse-account-${advance.memberId}`}>{t('advances.fromAccount')}</label>
        <select id={`reimburse-account-${advance.memberId}`} value={selected} onChange={(e) => setAccountId(e.target.value)}>
          {usable.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <Field label={t('ledger.field.date')} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
      <ProblemAlert error={save.error} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={save.isPending}>
          {t(booked ? 'advances.confirmBooked' : 'advances.confirmSubmitted')}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('ledger.cancel')}
        </button>
      </div>
    </form>
  );
}
