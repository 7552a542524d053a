import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../lib/amount';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useMembers } from '../ledger/useBookData';
import { SplitEditor, type SplitMember } from './SplitEditor';
import { equalDraft } from './splitDraft';
import { payersOf, type SplitForm } from './splitForm';
import './splitting.css';

const SEVERAL = 'several';

/** The book's members by name, as the split editor and the balances list them. */
export function membersByName(items: { userId?: string; displayName?: string }[] | undefined): SplitMember[] {
  return (items ?? [])
    .filter((m) => m.userId)
    .map((m) => ({ id: m.userId!, displayName: m.displayName ?? '' }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}


interface SplitSectionProps {
  bookId: string;
  /** The entry's amount in the API's form, or null while it is not valid. */
  amount: string | null;
  me: string;
  /** Open without asking: a GROUP book shares its expenses (ADR 0011). */
  defaultOn: boolean;
  value: SplitForm;
  onChange: (form: SplitForm) => void;
}

/**
 * The record screen's "split among members": who paid (the person recording, another member, or several
 * with what each paid) and who shares it by which method, each part previewed live by the server's rule.
 */
export function SplitSection({ bookId, amount, me, defaultOn, value, onChange }: SplitSectionProps) {
  const { t, i18n } = useTranslation();
  const toggleId = useId();
  const payerId = useId();
  const on = value.on ?? defaultOn;
  const members = useMembers(bookId);
  const list = useMemo(() => membersByName(members.data), [members.data]);
  const started = useRef(false);

  // Everyone shares until someone is left out: filled in once, when the members are known.
  useEffect(() => {
    if (started.current || list.length === 0) return;
    started.current = true;
    if (value.draft.included.length === 0) onChange({ ...value, draft: { ...equalDraft(list.map((m) => m.id)), method: value.draft.method } });
  }, [list, value, onChange]);

  const payers = payersOf(value, amount, me);

  return (
    <div className="split-section">
      <label className="choice split-toggle" htmlFor={toggleId}>
        <input id={toggleId} type="checkbox" checked={on} onChange={(e) => onChange({ ...value, on: e.target.checked })} />
        {t('splitting.record.toggle')}
      </label>
      {on && (
        <>
          <ProblemAlert error={members.error} />
          {members.isPending ? (
            <p role="status">{t('common.loading')}</p>
          ) : (
            <>
              <fieldset>
                <legend>{t('splitting.record.paidBy')}</legend>
                <div className="field">
                  <label htmlFor={payerId}>{t('splitting.record.payer')}</label>
                  <select
                    id={payerId}
                    value={value.several ? SEVERAL : (value.payer ?? me)}
                    onChange={(e) =>
                      onChange(e.target.value === SEVERAL ? { ...value, several: true } : { ...value, several: false, payer: e.target.value })
                    }
                  >
                    {list.map((m) => (
                      <option key={m.id} value={m.id}>
                        {m.id === me ? t('splitting.record.me', { name: m.displayName }) : m.displayName}
                      </option>
                    ))}
                    <option value={SEVERAL}>{t('splitting.record.several')}</option>
                  </select>
                </div>
                {value.several && (
                  <>
                    <ul className="split-payers">
                      {list.map((m) => (
                        <li key={m.id}>
                          <label htmlFor={`${payerId}-${m.id}`}>{t('splitting.record.paidAmount', { name: m.displayName })}</label>
                          <input
                            id={`${payerId}-${m.id}`}
                            inputMode="decimal"
                            autoComplete="off"
                            value={value.paid[m.id] ?? ''}
                            onChange={(e) => onChange({ ...value, paid: { ...value.paid, [m.id]: e.target.value } })}
                          />
                        </li>
                      ))}
                    </ul>
                    {!payers.ok && amount !== null && (
                      <p className="field-error" role="status">
                        {payers.reason === 'NOT_AMOUNT'
                          ? t('splitting.record.paidSoFar', { paid: formatMoney(payers.paid ?? '0.00', i18n.language), amount: formatMoney(amount, i18n.language) })
                          : t(`splitting.record.payers.${payers.reason}`)}
                      </p>
                    )}
                  </>
                )}
              </fieldset>
              <SplitEditor amount={amount} members={list} value={value.draft} onChange={(draft) => onChange({ ...value, draft })} />
            </>
          )}
        </>
      )}
    </div>
  );
}
