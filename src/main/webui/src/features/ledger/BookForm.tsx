import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { Field } from '../../ui/Field';
import { useAccounts } from './useBookData';

type Transaction = components['schemas']['Transaction'];

/**
 * The treasurer's "Book": on which account and at which date the entry goes into the books — preset to
 * the entry's own, changed when the money actually left another account or on another day (a claim is
 * often paid back days after it was submitted). The API takes both (`/book {accountId, date}`); only
 * what differs from the entry is sent.
 */
export function BookForm({
  tx,
  bookId,
  busy,
  onBook,
  onCancel,
}: {
  tx: Transaction;
  bookId: string;
  busy: boolean;
  onBook: (choice: { accountId?: string; date?: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const accountFieldId = useId();
  const accounts = useAccounts(bookId);
  const usable = (accounts.data ?? []).filter((a) => !a.archived || a.id === tx.accountId);
  const [accountId, setAccountId] = useState(tx.accountId ?? '');
  const [date, setDate] = useState(tx.date ?? '');

  function submit(e: FormEvent) {
    e.preventDefault();
    onBook({
      accountId: accountId && accountId !== tx.accountId ? accountId : undefined,
      date: date && date !== tx.date ? date : undefined,
    });
  }

  // The account list first: a select without its options would show no account at all.
  if (accounts.isPending) return <p role="status">{t('common.loading')}</p>;
  return (
    <form className="ask" onSubmit={submit} aria-label={t('ledger.bookForm.label')}>
      {tx.type !== 'TRANSFER' && (
        <div className="field">
          <label htmlFor={accountFieldId}>{t('ledger.bookForm.account')}</label>
          <select id={accountFieldId} value={accountId} onChange={(e) => setAccountId(e.target.value)}>
            {usable.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <Field label={t('ledger.bookForm.date')} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {t('ledger.bookForm.confirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('ledger.cancel')}
        </button>
      </div>
    </form>
  );
}
