import { parseAmount } from '../../lib/amount';
import { previewSplit, type Preview, type PreviewShare, type SplitMethod } from './splitRule';

/** What the split editor holds while a person types: who shares, and the value each has typed. */
export interface SplitDraft {
  method: SplitMethod;
  /** Member ids that share the amount, in the members' order. */
  included: string[];
  /** The text typed per member (German `1,5` or English `1.5`); unused for EQUAL. */
  typed: Record<string, string>;
}

export function equalDraft(memberIds: string[]): SplitDraft {
  return { method: 'EQUAL', included: [...memberIds], typed: {} };
}

/**
 * The shares the API takes (`{memberId, value}`): typed text read like money, so German `1,5` is 1.5 and
 * never 15; a value that is no number stays as typed, which the preview shows as wrong and the server
 * refuses with a problem naming the field.
 */
export function sharesOf(draft: SplitDraft): PreviewShare[] {
  return draft.included.map((memberId) => {
    if (draft.method === 'EQUAL') return { memberId };
    const text = draft.typed[memberId] ?? '';
    const value = parseAmount(text);
    return { memberId, value: value === null ? text : value };
  });
}

/** Each included member's part of `amount` (the API's `"12.34"`), by the server's rule. */
export function previewOf(amount: string | null, draft: SplitDraft): Preview {
  if (amount === null) return { ok: false, reason: 'BAD_VALUE' };
  return previewSplit(amount, draft.method, sharesOf(draft));
}
