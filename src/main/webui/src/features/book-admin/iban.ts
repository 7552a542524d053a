/**
 * The IBAN check digits (ISO 13616, mod 97) in the browser, so a typo is shown while typing. The API
 * checks the IBAN again (de.cet.ledger.domain.account.Iban) and its answer is what counts.
 */

/** The IBAN without spaces, in capitals. */
export function normalizeIban(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** In groups of four, as printed on a bank card. */
export function formatIban(input: string): string {
  return normalizeIban(input).replace(/(.{4})(?=.)/g, '$1 ');
}

/** Country code, two check digits and 11 to 30 letters or digits, whose check digits are right. */
export function isValidIban(input: string): boolean {
  const iban = normalizeIban(input);
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const c of rearranged) {
    const digits = c >= 'A' && c <= 'Z' ? String(c.charCodeAt(0) - 55) : c;
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder === 1;
}
