import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { formatMoney } from '../../lib/amount';
import { compareMoney } from '../../lib/cents';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableRegion } from '../../ui/TableRegion';
import { BookNotFound, isNotFound } from '../ledger/BookNotFound';
import { today } from '../ledger/format';
import { keepsTheBooks } from '../ledger/permissions';
import { useActor } from '../ledger/useBookData';
import './splitting.css';

type Transfer = components['schemas']['SettleUpTransfer'];
type Balance = components['schemas']['SplitBalance'];

/**
 * The group's balances: per member what they paid for the group, what their parts come to, and the net
 * (positive: is owed). Below, the settle-up proposal with the fewest transfers (ADR 0011); whoever pays
 * one back records it with "I paid X back" and the balances move at once.
 */
export default function BalancesPage() {
  const { t, i18n } = useTranslation();
  const { bookId = '' } = useParams();
  const { actor } = useActor(bookId);
  const [done, setDone] = useState<string | null>(null);
  const balances = useQuery({
    queryKey: ['books', bookId, 'split-balances'],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/split-balances', { params: { path: { bookId } } })),
  });
  const proposal = useQuery({
    queryKey: ['books', bookId, 'settle-up'],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/settle-up', { params: { path: { bookId } } })),
  });
  if (isNotFound(balances.error, bookId)) return <BookNotFound />;
  const rows = balances.data ?? [];
  const transfers = proposal.data ?? [];
  const money = (amount: string | undefined) => formatMoney(amount ?? '0.00', i18n.language);
  const books = new Set(rows.filter((r) => r.party === 'BOOK').map((r) => r.memberId));

  return (
    <section className="balances">
      <h1>{t('splitting.balances.title')}</h1>
      <p className="muted">{t('splitting.balances.intro')}</p>
      {done && (
        <p className="alert alert-success" role="status">
          {done}
        </p>
      )}
      <ProblemAlert error={balances.error ?? proposal.error} />
      {balances.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : rows.length === 0 ? (
        <div className="empty">
          <p>{t('splitting.balances.none')}</p>
          <p>
            <Link to={`/books/${bookId}/record?type=EXPENSE`}>{t('splitting.balances.recordFirst')}</Link>
          </p>
        </div>
      ) : (
        <TableRegion label={t('splitting.balances.title')}>
          <table className="balances-table">
            <thead>
              <tr>
                <th scope="col">{t('splitting.editor.member')}</th>
                <th scope="col" className="num">
                  {t('splitting.balances.paid')}
                </th>
                <th scope="col" className="num">
                  {t('splitting.balances.owes')}
                </th>
                <th scope="col" className="num">
                  {t('splitting.balances.net')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((b) => (
                <tr key={b.memberId}>
                  <th scope="row">{b.party === 'BOOK' ? t('splitting.balances.book', { name: b.displayName }) : b.displayName}</th>
                  <td className="num">{money(b.paid)}</td>
                  <td className="num">{money(b.owes)}</td>
                  <td className={`num ${netClass(b)}`}>
                    {money(b.net)}
                    <span className="visually-hidden"> {t(`splitting.balances.netMeaning.${netMeaning(b)}`)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}

      {rows.length > 0 && (
        <>
          <h2>{t('splitting.settle.title')}</h2>
          {proposal.isPending ? (
            <p role="status">{t('common.loading')}</p>
          ) : transfers.length === 0 ? (
            <p className="alert alert-success">{t('splitting.settle.even')}</p>
          ) : (
            <>
              <p className="muted">{t('splitting.settle.intro', { count: transfers.length })}</p>
              <ul className="settle-up">
                {transfers.map((tr) => (
                  <li key={`${tr.fromMemberId}-${tr.toMemberId}`}>
                    <p>
                      {t('splitting.settle.transfer', { from: tr.fromDisplayName, to: tr.toDisplayName, amount: money(tr.amount) })}
                    </p>
                    {books.has(tr.fromMemberId) ? (
                      <p>
                        <Link to={`/books/${bookId}/advances`}>{t('splitting.settle.toAdvances')}</Link>
                      </p>
                    ) : books.has(tr.toMemberId) ? null : (
                      actor && (
                        <SettleButton
                          bookId={bookId}
                          transfer={tr}
                          me={actor.userId}
                          mayRecordAny={keepsTheBooks(actor)}
                          auditor={actor.role === 'AUDITOR'}
                          onDone={setDone}
                        />
                      )
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

function netMeaning(b: Balance): 'owed' | 'owes' | 'even' {
  const c = compareMoney(b.net ?? '0.00', '0.00');
  return c > 0 ? 'owed' : c < 0 ? 'owes' : 'even';
}

function netClass(b: Balance): string {
  const m = netMeaning(b);
  return m === 'owed' ? 'net-positive' : m === 'owes' ? 'net-negative' : '';
}

/**
 * "I paid X back": the proposal's transfer recorded as a settlement, with the amount and today's date
 * shown before the second tap confirms. Whoever receives it may record it too ("X paid me back"), the
 * treasurer and admin any; an auditor none (the API answers 403 otherwise).
 */
function SettleButton({
  bookId,
  transfer,
  me,
  mayRecordAny,
  auditor,
  onDone,
}: {
  bookId: string;
  transfer: Transfer;
  me: string;
  mayRecordAny: boolean;
  auditor: boolean;
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [asking, setAsking] = useState(false);
  // One key per settlement: a repeated tap after a lost answer does not record it twice.
  const [key, setKey] = useState(() => crypto.randomUUID());
  const amount = formatMoney(transfer.amount ?? '0.00', i18n.language);
  const mine = transfer.fromMemberId === me;
  const received = transfer.toMemberId === me;
  const label = mine
    ? t('splitting.settle.iPaid', { to: transfer.toDisplayName, amount })
    : received
      ? t('splitting.settle.paidMe', { from: transfer.fromDisplayName, amount })
      : t('splitting.settle.paid', { from: transfer.fromDisplayName, to: transfer.toDisplayName, amount });
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/books/{bookId}/settlements', {
          params: { path: { bookId }, header: { 'Idempotency-Key': key } },
          body: { fromMemberId: transfer.fromMemberId!, toMemberId: transfer.toMemberId!, amount: transfer.amount!, date: today() },
        }),
      ),
    onSuccess: () => {
      setKey(crypto.randomUUID());
      setAsking(false);
      onDone(t('splitting.settle.done', { from: transfer.fromDisplayName, to: transfer.toDisplayName, amount }));
      return client.invalidateQueries({ queryKey: ['books', bookId] });
    },
  });
  if (auditor || (!mine && !received && !mayRecordAny)) return null;
  if (!asking)
    return (
      <div className="actions">
        <button type="button" className="button primary" onClick={() => setAsking(true)}>
          {label}
        </button>
      </div>
    );
  return (
    <div className="ask">
      <p>{t('splitting.settle.confirmText', { from: transfer.fromDisplayName, to: transfer.toDisplayName, amount })}</p>
      <ProblemAlert error={save.error} />
      <div className="actions">
        <button type="button" className="button primary" autoFocus disabled={save.isPending} onClick={() => save.mutate()}>
          {t('splitting.settle.confirm')}
        </button>
        <button type="button" className="button" onClick={() => setAsking(false)}>
          {t('ledger.cancel')}
        </button>
      </div>
    </div>
  );
}
