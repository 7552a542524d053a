import type { BankLine } from './api';
import { toCents, fromCents } from '../../lib/cents';

/** A match score (0…1, as the API answers it) as whole percent, without floating point surprises on screen. */
export function scorePercent(score: number | undefined): number {
  if (score === undefined || !Number.isFinite(score)) return 0;
  return Math.max(0, Math.min(100, Math.round(score * 100)));
}

/** Whether a file is to be read as CSV (then a mapping profile is needed): by its name or its type. */
export function isCsv(file: { name: string; type?: string }): boolean {
  return /\.(csv|txt)$/i.test(file.name) || file.type === 'text/csv';
}

/** The amount of a `between` condition's bound as the API wants it ("-850.00"), from German or English input. */
export function normaliseBound(input: string): string | null {
  const s = input.trim().replace(/\s/g, '');
  if (!/^[-+]?\d{1,3}([.,]?\d{3})*([.,]\d{1,2})?$/.test(s)) return null;
  const negative = s.startsWith('-');
  const body = s.replace(/^[-+]/, '');
  // The last separator followed by one or two digits is the decimal one; the others group thousands.
  const m = /^(.*?)([.,](\d{1,2}))?$/.exec(body)!;
  const whole = (m[1] ?? '').replace(/[.,]/g, '') || '0';
  const fraction = (m[3] ?? '').padEnd(2, '0');
  return fromCents(toCents(`${negative ? '-' : ''}${whole}.${fraction}`));
}

/** "min..max" of a `between` condition from its two bounds, or null when one is no amount. */
export function betweenValue(min: string, max: string): string | null {
  const a = normaliseBound(min);
  const b = normaliseBound(max);
  return a && b ? `${a}..${b}` : null;
}

/** The two bounds of a stored `between` value ("-900.00..-800.00"). */
export function splitBetween(value: string | undefined): [string, string] {
  const [a = '', b = ''] = (value ?? '').split('..');
  return [a, b];
}

/** The line to focus after `id` leaves the list: the one after it, else the one before (null: the list's heading). */
export function nextOf(items: BankLine[], id: string): string | null {
  const i = items.findIndex((l) => l.id === id);
  if (i < 0) return null;
  return items[i + 1]?.id ?? items[i - 1]?.id ?? null;
}

/** The format as banks and people write it ("CAMT.053"), not as the API's enum spells it. */
export function formatName(format: string | undefined): string {
  if (!format) return '';
  return format.replace(/^CAMT0?(\d{3})$/, 'CAMT.$1');
}
