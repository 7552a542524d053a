import { describe, expect, it } from 'vitest';
import { formatIban, isValidIban, normalizeIban } from './iban';

describe('the IBAN check in the browser', () => {
  it('accepts correct IBANs, with or without spaces and in small letters', () => {
    expect(isValidIban('DE89370400440532013000')).toBe(true);
    expect(isValidIban('de89 3704 0044 0532 0130 00')).toBe(true);
    expect(isValidIban('GB82WEST12345698765432')).toBe(true);
    expect(isValidIban('AT611904300234573201')).toBe(true);
  });

  it('refuses a typo in one digit and swapped digits', () => {
    expect(isValidIban('DE89370400440532013001')).toBe(false);
    expect(isValidIban('DE89370400440532031000')).toBe(false);
    expect(isValidIban('DE98370400440532013000')).toBe(false);
  });

  it('refuses what has no IBAN shape', () => {
    expect(isValidIban('')).toBe(false);
    expect(isValidIban('DE89')).toBe(false);
    expect(isValidIban('1234370400440532013000')).toBe(false);
    expect(isValidIban('DE89-3704-0044-0532-0130-00')).toBe(false);
    expect(isValidIban('DE8937040044053201300012345678901234')).toBe(false);
  });

  it('writes it in groups of four and reads it back without them', () => {
    expect(formatIban('de89370400440532013000')).toBe('DE89 3704 0044 0532 0130 00');
    expect(normalizeIban(' DE89 3704 0044 0532 0130 00 ')).toBe('DE89370400440532013000');
  });
});
