/**
 * Money as people type it, German first: `24,70`, `1.234,56`, and English `24.70`, `1,234.56`.
 * Answers the API's form (`"1234.56"`, a string with two fraction digits) or `null` when the text is
 * no amount. Pure string work: money never passes through floating point in the browser.
 */
export function parseAmount(input: string): string | null {
  let text = input.replace(/[\s\u00a0\u202f€]/g, '');
  let sign = '';
  if (text.startsWith('-') || text.startsWith('−')) {
    sign = '-';
    text = text.slice(1);
  }
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return null;

  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let integer: string;
  let fraction: string;
  if (lastComma >= 0 && lastDot >= 0) {
    // Both present: the later one separates the cents, the other one groups thousands.
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const at = text.lastIndexOf(decimal);
    const whole = text.slice(0, at);
    if (whole.includes(decimal) || !isGrouped(whole, group)) return null;
    integer = whole.split(group).join('');
    fraction = text.slice(at + 1);
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const parts = text.split(sep);
    if (parts.length > 2 || (sep === '.' && isGrouped(text, '.') && parts.length === 2 && parts[1]!.length === 3)) {
      // `1.234` and `1.234.567` group thousands (German); so does `1,234,567`.
      if (!isGrouped(text, sep)) return null;
      integer = parts.join('');
      fraction = '';
    } else {
      // A single comma or dot separates the cents: German `1,5` is one and a half, never 15.
      integer = parts[0]!;
      fraction = parts[1] ?? '';
    }
  } else {
    integer = text;
    fraction = '';
  }
  if (integer === '') integer = '0';
  if (!/^\d+$/.test(integer) || !/^\d{0,2}$/.test(fraction) || integer.length > 13) return null;
  const normalized = integer.replace(/^0+(?=\d)/, '') + '.' + fraction.padEnd(2, '0');
  return normalized === '0.00' ? '0.00' : sign + normalized;
}

function isGrouped(text: string, group: string): boolean {
  if (!text.includes(group)) return /^\d+$/.test(text);
  const [head, ...rest] = text.split(group);
  return /^\d{1,3}$/.test(head!) && rest.every((part) => /^\d{3}$/.test(part));
}

const formatters = new Map<string, Intl.NumberFormat>();

/** `"1234.56"` as `1.234,56 €` (de) or `€1,234.56` (en); the string goes to Intl unconverted. */
export function formatMoney(amount: string, language: string, currency = 'EUR'): string {
  const locale = language.startsWith('en') ? 'en-GB' : 'de-DE';
  const key = locale + currency;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, format);
  }
  // Intl formats decimal strings exactly (ES2023 Intl.NumberFormat v3), without a float in between.
  return format.format(amount as unknown as number);
}
