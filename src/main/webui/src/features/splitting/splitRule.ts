/**
 * The split rule of ADR 0011, the same as the server's (`de.cet.splitting.domain.Split`,
 * `LargestRemainder`), for the live preview of each member's part while a split is being entered.
 * Exact integer arithmetic on cents (BigInt): member i's quota is amount · wᵢ / W; everyone gets it
 * rounded down; the cents left over go one each to the largest fractional remainders, ties to the member
 * listed first. The server decides; the preview only shows what it will decide.
 */
export type SplitMethod = 'EQUAL' | 'EXACT' | 'PERCENT' | 'SHARES';

/** `amount` and EXACT values in the API's money form (`"12.34"`); PERCENT and SHARES values as `"33.33"`, `"2"`. */
export interface PreviewShare {
  memberId: string;
  value?: string;
}

export type Preview =
  | { ok: true; parts: { memberId: string; part: string }[] }
  | { ok: false; reason: 'NO_SHARES' | 'BAD_VALUE' | 'PERCENT_NOT_100' | 'EXACT_NOT_AMOUNT' };

const DECIMAL = /^\d{1,13}(\.\d{1,2})?$/;

/** `"1.5"` → 150n (hundredths); null for anything else, a comma included. */
function hundredths(value: string | undefined): bigint | null {
  if (value === undefined || !DECIMAL.test(value)) return null;
  const [whole, fraction = ''] = value.split('.');
  return BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0'));
}

function money(cents: bigint): string {
  const text = cents.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

/** Divides `total` cents among positive `weights`, exactly; the order of the result is the order of the weights. */
export function largestRemainder(total: bigint, weights: bigint[]): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  const parts = weights.map((w) => (total * w) / sum);
  const remainders = weights.map((w) => (total * w) % sum);
  let left = total - parts.reduce((a, b) => a + b, 0n);
  // Array.prototype.sort is stable: equal remainders keep the listed order.
  const order = weights.map((_, i) => i).sort((a, b) => (remainders[b]! > remainders[a]! ? 1 : remainders[b]! < remainders[a]! ? -1 : 0));
  for (const i of order) {
    if (left === 0n) break;
    parts[i] = parts[i]! + 1n;
    left -= 1n;
  }
  return parts;
}

/** Each member's part of `amount` (`"12.34"`), or why there is none yet. */
export function previewSplit(amount: string, method: SplitMethod, shares: PreviewShare[]): Preview {
  const total = hundredths(amount);
  if (shares.length === 0) return { ok: false, reason: 'NO_SHARES' };
  if (total === null) return { ok: false, reason: 'BAD_VALUE' };
  let weights: bigint[];
  if (method === 'EQUAL') {
    weights = shares.map(() => 1n);
  } else {
    const values = shares.map((s) => hundredths(s.value));
    if (values.some((v) => v === null || v <= 0n)) return { ok: false, reason: 'BAD_VALUE' };
    weights = values as bigint[];
    const sum = weights.reduce((a, b) => a + b, 0n);
    if (method === 'PERCENT' && sum !== 10000n) return { ok: false, reason: 'PERCENT_NOT_100' };
    if (method === 'EXACT') {
      if (sum !== total) return { ok: false, reason: 'EXACT_NOT_AMOUNT' };
      return { ok: true, parts: shares.map((s, i) => ({ memberId: s.memberId, part: money(weights[i]!) })) };
    }
  }
  const parts = largestRemainder(total, weights);
  return { ok: true, parts: shares.map((s, i) => ({ memberId: s.memberId, part: money(parts[i]!) })) };
}
