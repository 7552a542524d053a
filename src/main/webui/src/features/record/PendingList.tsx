import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../lib/amount';
import { formatDate } from '../../lib/dates';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { refusalProblem, type PendingEntry } from './outbox';

/** Entries kept on this device: waiting to be sent (with "send now"), or refused by the API (with "discard"). */
export function PendingList({
  entries,
  onRetry,
  onDiscard,
}: {
  entries: PendingEntry[];
  onRetry: () => Promise<unknown>;
  onDiscard: (id: string) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  if (entries.length === 0) return null;
  const waiting = entries.filter((e) => !e.refused);
  const refused = entries.filter((e) => e.refused);
  const describe = (e: PendingEntry) =>
    t('record.pendingItem', {
      what: t(`record.kind.${e.body.paidByMemberId ? 'CLAIM' : (e.body.type ?? 'EXPENSE')}`),
      amount: formatMoney(e.body.amount ?? '0.00', i18n.language),
      date: formatDate(e.body.date, i18n.language),
    });

  return (
    <section className="pending" aria-labelledby="pending-title">
      <h2 id="pending-title">{t('record.pendingTitle')}</h2>
      {waiting.length > 0 && (
        <div className="alert alert-info">
          <p className="alert-title">{t('record.pendingWaiting', { count: waiting.length })}</p>
          <ul>
            {waiting.map((e) => (
              <li key={e.id}>
                {describe(e)}
                {e.receipt && <> · {t(e.receipt.receiptId ? 'record.receiptUploaded' : 'record.receiptWaiting')}</>}
              </li>
            ))}
          </ul>
          <div className="actions">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                void onRetry().finally(() => setBusy(false));
              }}
            >
              {busy ? t('record.sending') : t('record.sendNow')}
            </button>
          </div>
        </div>
      )}
      {refused.map((e) => (
        <div key={e.id} className="refused">
          <p>{t('record.refused', { item: describe(e) })}</p>
          <ProblemAlert error={refusalProblem(e.refused!)} />
          <button type="button" className="button" onClick={() => void onDiscard(e.id)}>
            {t('record.discard')}
          </button>
        </div>
      ))}
    </section>
  );
}
