import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../lib/amount';
import { TableRegion } from '../../ui/TableRegion';
import { previewOf, type SplitDraft } from './splitDraft';
import type { SplitMethod } from './splitRule';

export interface SplitMember {
  id: string;
  displayName: string;
}

interface SplitEditorProps {
  /** The entry's amount in the API's form, or null while it is not a valid amount yet. */
  amount: string | null;
  members: SplitMember[];
  value: SplitDraft;
  onChange: (draft: SplitDraft) => void;
}

const METHODS: SplitMethod[] = ['EQUAL', 'EXACT', 'PERCENT', 'SHARES'];

/**
 * Who shares an entry and how (method, values), with each member's part previewed live by the server's
 * rule (ADR 0011). A controlled component for the record screen: it holds no state of its own; turn
 * `value` into the API's `split.shares` with `sharesOf`.
 */
export function SplitEditor({ amount, members, value, onChange }: SplitEditorProps) {
  const { t, i18n } = useTranslation();
  const methodId = useId();
  const preview = previewOf(amount, value);
  const partOf = new Map(preview.ok ? preview.parts.map((p) => [p.memberId, p.part]) : []);

  function toggle(memberId: string, on: boolean) {
    const included = members.map((m) => m.id).filter((id) => (id === memberId ? on : value.included.includes(id)));
    onChange({ ...value, included });
  }

  return (
    <fieldset>
      <legend>{t('splitting.editor.legend')}</legend>
      <div className="field">
        <label htmlFor={methodId}>{t('splitting.editor.method')}</label>
        <select id={methodId} value={value.method} onChange={(e) => onChange({ ...value, method: e.target.value as SplitMethod })}>
          {METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`splitting.method.${m}`)}
            </option>
          ))}
        </select>
      </div>
      <TableRegion label={t('splitting.editor.legend')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('splitting.editor.member')}</th>
              {value.method !== 'EQUAL' && <th scope="col">{t(`splitting.value.${value.method}`)}</th>}
              <th scope="col" className="num">
                {t('splitting.editor.part')}
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => {
              const included = value.included.includes(m.id);
              const part = partOf.get(m.id);
              return (
                <tr key={m.id}>
                  <th scope="row">
                    <label className="choice">
                      <input type="checkbox" checked={included} onChange={(e) => toggle(m.id, e.target.checked)} />
                      {m.displayName}
                    </label>
                  </th>
                  {value.method !== 'EQUAL' && (
                    <td>
                      <input
                        inputMode="decimal"
                        aria-label={t(`splitting.value.${value.method}`) + ': ' + m.displayName}
                        disabled={!included}
                        value={value.typed[m.id] ?? ''}
                        onChange={(e) => onChange({ ...value, typed: { ...value.typed, [m.id]: e.target.value } })}
                      />
                    </td>
                  )}
                  <td className="num">{included && part !== undefined ? formatMoney(part, i18n.language) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>
      {!preview.ok && amount !== null && (
        <p className="field-error" role="status">
          {t(`splitting.preview.${preview.reason}`)}
        </p>
      )}
    </fieldset>
  );
}
