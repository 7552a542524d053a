import type { components } from '../../api/schema';
import { formatMoney } from '../../lib/amount';

type Transaction = components['schemas']['Transaction'];

/** An API amount (`"1234.56"`) as a person types it back into a field: `1234,56` (de), `1234.56` (en). */
export function amountForInput(amount: string | undefined, language: string): string {
  if (!amount) return '';
  return language.startsWith('en') ? amount : amount.replace('.', ',');
}

/** An entry's amount with the sign of its effect as people read a ledger: expenses negative, transfers plain. */
export function signedMoney(tx: Transaction, language: string): string {
  if (!tx.amount) return '–';
  return formatMoney(tx.type === 'EXPENSE' ? `-${tx.amount}` : tx.amount, language);
}

/** Today as an ISO date in the person's own time zone (the API's dates have none). */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An instant of the API as date and time in the person's language. */
export function formatInstant(instant: string | undefined, language: string): string {
  if (!instant) return '';
  return new Intl.DateTimeFormat(language.startsWith('en') ? 'en-GB' : 'de-DE', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(instant),
  );
}
