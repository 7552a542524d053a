import { useQuery } from '@tanstack/react-query';
import './ledger.css';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { formatMoney } from '../../lib/amount';
import { formatDate } from '../../lib/dates';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { BookForm } from './BookForm';
import { BookNotFound, isNotFound } from './BookNotFound';
import { signedMoney } from './format';
import { allowedActions, fourEyesBlock, mayApprove, needsDualApproval, type ApprovalRules, type BookActor } from './permissions';
import { RefusalAlert } from './RefusalAlert';
import { memberNames, useActor, useMembers } from './useBookData';
import { useTransactionAction } from './useTransactionAction';

type Transaction = components['schemas']['Transaction'];

/** What waits for a decision: submitted entries (approve, reject with a reason) and approved ones to book. */
export default function ApprovalsPage() {
  const { t, i18n } = useTranslation();
  const { bookId = '' } = useParams();
  const { actor, rules } = useActor(bookId);
  const names = memberNames(useMembers(bookId).data);
  const list = (status: 'SUBMITTED' | 'APPROVED') =>
    unwrap(
      api.GET('/api/v1/books/{bookId}/transactions', {
        params: { path: { bookId }, query: { status, sort: 'date,asc', size: 100 } },
      }),
    );
  const submitted = useQuery({ queryKey: ['books', bookId, 'transactions', 'inbox', 'SUBMITTED'], queryFn: () => list('SUBMITTED') });
  const approved = useQuery({ queryKey: ['books', bookId, 'transactions', 'inbox', 'APPROVED'], queryFn: () => list('APPROVED') });

  if (isNotFound(submitted.error, bookId)) return <BookNotFound />;
  const approver = actor ? mayApprove(actor) : false;

  return (
    <section className="approvals">
      <h1>{t('approvals.title')}</h1>
      {actor && !approver && <p className="alert alert-info">{t('approvals.notApprover')}</p>}
      {rules && (
        <p className="muted">
          {[
            rules.fourEyes ? t('approvals.ruleFourEyes') : null,
            rules.dualApprovalAbove ? t('approvals.ruleDual', { limit: formatMoney(rules.dualApprovalAbove, i18n.language) }) : null,
          ]
            .filter(Boolean)
            .join(' ')}
        </p>
      )}
      <h2>{t('approvals.waiting')}</h2>
      <ProblemAlert error={submitted.error} />
      {submitted.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : (submitted.data?.items ?? []).length === 0 ? (
        <p className="empty">{t('approvals.none')}</p>
      ) : (
        <ul className="inbox">
          {(submitted.data?.items ?? []).map((tx) => (
            <InboxItem key={tx.id} tx={tx} bookId={bookId} actor={actor} rules={rules} names={names} />
          ))}
        </ul>
      )}

      <h2>{t('approvals.toBook')}</h2>
      {approved.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : (approved.data?.items ?? []).length === 0 ? (
        <p className="empty">{t('approvals.noneToBook')}</p>
      ) : (
        <ul className="inbox">
          {(approved.data?.items ?? []).map((tx) => (
            <InboxItem key={tx.id} tx={tx} bookId={bookId} actor={actor} rules={rules} names={names} />
          ))}
        </ul>
      )}
    </section>
  );
}

function InboxItem({
  tx,
  bookId,
  actor,
  rules,
  names,
}: {
  tx: Transaction;
  bookId: string;
  actor?: BookActor;
  rules?: ApprovalRules;
  names: Map<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const run = useTransactionAction(bookId);
  const [rejecting, setRejecting] = useState(false);
  const [booking, setBooking] = useState(false);
  const [reason, setReason] = useState('');
  const allowed = actor && rules ? allowedActions(tx, actor, rules) : new Set();
  const title = tx.counterparty || tx.description || t(`ledger.type.${tx.type}`);
  const headingId = `inbox-${tx.id}`;
  const blocked = actor && rules && tx.status === 'SUBMITTED' ? fourEyesBlock(tx, actor, rules) : null;
  const dual = rules ? needsDualApproval(tx.amount, rules) : false;
  // The approve button stays for the submitter too when four-eyes blocks it, so that the refusal can be
  // explained; it is never shown to someone who may not approve at all.
  const offerApprove = tx.status === 'SUBMITTED' && actor && mayApprove(actor);

  return (
    <li className="inbox-item" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link to={`/books/${bookId}/transactions/${tx.id}`}>{title}</Link>
      </h3>
      <p className="inbox-facts">
        <span className="amount-inline">{signedMoney(tx, i18n.language)}</span> · {formatDate(tx.date, i18n.language)}
        {tx.submittedBy && <> · {t('approvals.submittedBy', { name: names.get(tx.submittedBy) ?? t('ledger.someone') })}</>}
      </p>
      {dual && tx.status === 'SUBMITTED' && (
        <p className="muted">{t('approvals.dualNeeded', { count: (tx.approvals ?? []).length })}</p>
      )}
      {blocked && !run.error && <p className="muted">{t(blocked === 'own' ? 'ledger.refusal.fourEyesOwn' : 'ledger.refusal.fourEyesTwice')}</p>}
      <div className="actions">
        {offerApprove && (
          <button type="button" className="button primary" disabled={run.isPending} onClick={() => run.mutate({ action: 'approve', id: tx.id! })}>
            {t('ledger.do.approve')}
          </button>
        )}
        {allowed.has('book') && tx.status === 'APPROVED' && !booking && (
          <button type="button" className="button primary" disabled={run.isPending} onClick={() => setBooking(true)}>
            {t('ledger.do.book')}
          </button>
        )}
        {allowed.has('reject') && !rejecting && (
          <button type="button" className="button" onClick={() => setRejecting(true)}>
            {t('ledger.do.reject')}
          </button>
        )}
      </div>
      {booking && (
        <BookForm
          tx={tx}
          bookId={bookId}
          busy={run.isPending}
          onBook={(choice) => run.mutate({ action: 'book', id: tx.id!, ...choice })}
          onCancel={() => setBooking(false)}
        />
      )}
      {rejecting && (
        <form
          className="ask"
          onSubmit={(e) => {
            e.preventDefault();
            run.mutate({ action: 'reject', id: tx.id!, reason });
          }}
        >
          <div className="field">
            <label htmlFor={`reason-${tx.id}`}>{t('ledger.ask.rejectReason')}</label>
            <textarea id={`reason-${tx.id}`} required maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <div className="actions">
            <button type="submit" className="button primary" disabled={run.isPending}>
              {t('ledger.confirm.reject')}
            </button>
            <button type="button" className="button" onClick={() => setRejecting(false)}>
              {t('ledger.cancel')}
            </button>
          </div>
        </form>
      )}
      <RefusalAlert error={run.error} tx={tx} actor={actor} rules={rules} />
    </li>
  );
}
