import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { parseAmount } from '../../lib/amount';
import { Field } from '../../ui/Field';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { BookNotFound, isNotFound } from '../ledger/BookNotFound';
import { amountForInput } from '../ledger/format';
import { useBook } from '../ledger/useBookData';
import { ifMatch, isStaleEdit } from './access';
import { StaleNotice } from './StaleNotice';
import { DatevSettingsSection } from './DatevSettingsForm';
import { PublicationSettings } from './PublicationSettings';

type Book = components['schemas']['Book'];

/**
 * The book's rules: approval, four-eyes, two approvals above an amount, receipts, the election date and
 * whether unspent public money is repaid. Saved with `If-Match` of the version loaded: when someone
 * saved in between, the API answers 412 and the screen offers the current version instead of overwriting.
 */
export default function BookSettingsPage() {
  const { t } = useTranslation();
  const { bookId = '' } = useParams();
  const book = useBook(bookId);
  // Here, not in the form: a saved change has a new version, and the form starts again from it.
  const [saved, setSaved] = useState(false);
  if (isNotFound(book.error, bookId)) return <BookNotFound />;
  return (
    <>
      <h1>{t('bookAdmin.settings.title')}</h1>
      <ProblemAlert error={book.error} />
      {saved && (
        <p className="alert alert-success" role="status">
          {t('bookAdmin.settings.saved')}
        </p>
      )}
      {book.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        book.data && <SettingsForm key={book.data.version} bookId={bookId} book={book.data} reload={() => void book.refetch()} onSaved={setSaved} />
      )}
      {book.data && <PublicationSettings bookId={bookId} />}
      {book.data && <DatevSettingsSection bookId={bookId} />}
    </>
  );
}

function SettingsForm({ bookId, book, reload, onSaved }: { bookId: string; book: Book; reload: () => void; onSaved: (s: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [name, setName] = useState(book.name ?? '');
  const [requireApproval, setRequireApproval] = useState(!!book.requireApproval);
  const [fourEyes, setFourEyes] = useState(!!book.fourEyes);
  const [dual, setDual] = useState(amountForInput(book.dualApprovalAbove, i18n.language));
  const [requireReceipt, setRequireReceipt] = useState(!!book.requireReceipt);
  const [electionDate, setElectionDate] = useState(book.electionDate ?? '');
  const [repay, setRepay] = useState(!!book.repayUnspentPublicFunds);
  const [dualError, setDualError] = useState<string>();
  const save = useMutation({
    mutationFn: (body: components['schemas']['UpdateBookRequest']) =>
      unwrap(api.PATCH('/api/v1/books/{bookId}', { params: { path: { bookId }, header: ifMatch(book.version) }, body })),
    onMutate: () => onSaved(false),
    onSuccess: async (changed) => {
      client.setQueryData(['books', bookId, 'book'], changed);
      await Promise.all([client.invalidateQueries({ queryKey: ['books', bookId] }), client.invalidateQueries({ queryKey: ['me'] })]);
      onSaved(true);
    },
  });
  const stale = isStaleEdit(save.error);

  function submit(e: FormEvent) {
    e.preventDefault();
    const amount = dual.trim() === '' ? null : parseAmount(dual);
    if (amount === null && dual.trim() !== '') {
      setDualError(t('bookAdmin.amountInvalid'));
      return;
    }
    if (amount !== null && (amount.startsWith('-') || amount === '0.00')) {
      setDualError(t('bookAdmin.settings.dualPositive'));
      return;
    }
    setDualError(undefined);
    save.mutate({
      name: name.trim(),
      requireApproval,
      fourEyes,
      dualApprovalAbove: amount,
      requireReceipt,
      electionDate: electionDate || null,
      repayUnspentPublicFunds: repay,
    });
  }

  const check = (id: string, label: string, value: boolean, set: (v: boolean) => void, hint?: string) => (
    <div className="field">
      <div className="check">
        <input id={id} type="checkbox" checked={value} onChange={(e) => set(e.target.checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint && (
        <div id={`${id}-hint`} className="field-hint">
          {hint}
        </div>
      )}
    </div>
  );

  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-label={t('bookAdmin.settings.title')}>
      <Field label={t('bookAdmin.settings.name')} required value={name} onChange={(e) => setName(e.target.value)} />
      {check('requireApproval', t('bookAdmin.settings.requireApproval'), requireApproval, setRequireApproval, t('bookAdmin.settings.requireApprovalHint'))}
      {check('fourEyes', t('bookAdmin.settings.fourEyes'), fourEyes, setFourEyes, t('bookAdmin.settings.fourEyesHint'))}
      <Field
        label={t('bookAdmin.settings.dualApprovalAbove')}
        inputMode="decimal"
        value={dual}
        onChange={(e) => setDual(e.target.value)}
        error={dualError}
        hint={t('bookAdmin.settings.dualHint')}
      />
      {check('requireReceipt', t('bookAdmin.settings.requireReceipt'), requireReceipt, setRequireReceipt, t('bookAdmin.settings.requireReceiptHint'))}
      <Field
        label={t('bookAdmin.settings.electionDate')}
        type="date"
        value={electionDate}
        onChange={(e) => setElectionDate(e.target.value)}
        hint={t('bookAdmin.settings.electionHint')}
      />
      {check('repayUnspent', t('bookAdmin.settings.repay'), repay, setRepay, t('bookAdmin.settings.repayHint'))}
      {stale ? <StaleNotice onReload={reload} /> : <ProblemAlert error={save.error} />}
      <div className="actions">
        <button type="submit" className="button primary" disabled={save.isPending || stale || name.trim() === ''}>
          {t('bookAdmin.save')}
        </button>
      </div>
    </form>
  );
}
