/**
 * Sums and ratios of API amounts (`"12.34"`) in whole cents as BigInt: the browser never does floating
 * point arithmetic on money (UI.md), also not for a chart's bar lengths.
 */
export function toCents(amount: string): bigint {
  const negative = amount.trim().startsWith('-');
  const [whole = '0', fraction = ''] = amount.trim().replace(/^-/, '').split('.');
  const cents = BigInt(whole || '0') * 100n + BigInt((fraction + '00').slice(0, 2));
  return negative ? -cents : cents;
}

export function fromCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

export function sumMoney(amounts: string[]): string {
  return fromCents(amounts.reduce((sum, a) => sum + toCents(a), 0n));
}

export function compareMoney(a: string, b: string): number {
  const d = toCents(a) - toCents(b);
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}

/** `part` as thousandths of `whole` (0…1000), for a bar's length; 0 when `whole` is not positive. */
export function permille(part: string, whole: string): number {
  const w = toCents(whole);
  if (w <= 0n) return 0;
  const p = toCents(part);
  if (p <= 0n) return 0;
  const r = (p * 1000n) / w;
  return Number(r > 1000n ? 1000n : r);
}
