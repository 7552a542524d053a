import { parseAmount } from '../../lib/amount';
import { equalDraft, previewOf, sharesOf, type SplitDraft } from './splitDraft';
import type { components } from '../../api/schema';

type Split = components['schemas']['Split'];

/**
 * The record screen's split: whether the entry is shared, how (the editor's draft), and who paid. One
 * payer (the usual case: "I paid") pays the whole amount; several payers each type what they paid.
 */
export interface SplitForm {
  /** Chosen on or off by the person; undefined: the book's default (on for GROUP books). */
  on?: boolean;
  draft: SplitDraft;
  several: boolean;
  /** The single payer; undefined: the person recording. */
  payer?: string;
  /** What each of several payers typed they paid. */
  paid: Record<string, string>;
}

export const emptySplitForm: SplitForm = { draft: equalDraft([]), several: false, paid: {} };

/** The same form for the next entry: the choice, the method and who shares stay; the typed values go. */
export function nextSplitForm(form: SplitForm): SplitForm {
  return { ...form, draft: { ...form.draft, typed: {} }, paid: {} };
}

export type PayersCheck =
  | { ok: true; payers: { memberId: string; amount: string }[] }
  | { ok: false; reason: 'NO_PAYER' | 'BAD_AMOUNT' | 'NOT_AMOUNT'; paid?: string };

/** The payers the API takes, or why the typed amounts cannot be sent yet (they must sum to `amount`). */
export function payersOf(form: SplitForm, amount: string | null, me: string): PayersCheck {
  if (!form.several) {
    if (amount === null) return { ok: false, reason: 'BAD_AMOUNT' };
    return { ok: true, payers: [{ memberId: form.payer ?? me, amount }] };
  }
  const payers: { memberId: string; amount: string }[] = [];
  let cents = 0n;
  for (const [memberId, text] of Object.entries(form.paid)) {
    if (text.trim() === '') continue;
    const value = parseAmount(text);
    if (value === null || value.startsWith('-') || value === '0.00') return { ok: false, reason: 'BAD_AMOUNT' };
    cents += BigInt(value.replace('.', ''));
    payers.push({ memberId, amount: value });
  }
  if (payers.length === 0) return { ok: false, reason: 'NO_PAYER' };
  const paid = centsText(cents);
  if (amount === null || paid !== amount) return { ok: false, reason: 'NOT_AMOUNT', paid };
  return { ok: true, payers };
}

function centsText(cents: bigint): string {
  const text = cents.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

/**
 * The `split` of the request body, or undefined when the entry is not split. Sent as typed even when the
 * preview finds it wrong: the server decides and its refusal names the field (`split.payers`, ...).
 */
export function splitOf(form: SplitForm, on: boolean, amount: string | null, me: string): Split | undefined {
  if (!on) return undefined;
  const payers = payersOf(form, amount, me);
  const typedPayers = form.several
    ? Object.entries(form.paid)
        .filter(([, text]) => text.trim() !== '')
        .map(([memberId, text]) => ({ memberId, amount: parseAmount(text) ?? text }))
    : [{ memberId: form.payer ?? me, amount: amount ?? '' }];
  return { method: form.draft.method, payers: payers.ok ? payers.payers : typedPayers, shares: sharesOf(form.draft) };
}

/** True when the split as typed would be accepted: the parts and the payers each sum to the amount. */
export function splitReady(form: SplitForm, amount: string | null, me: string): boolean {
  return previewOf(amount, form.draft).ok && payersOf(form, amount, me).ok;
}
