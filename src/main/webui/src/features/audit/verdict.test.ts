import { describe, expect, it } from 'vitest';
import { createInstance } from 'i18next';
import { messages } from '../../i18n/messages';
import { verdict } from './verdict';

const i18n = createInstance();
void i18n.init({ resources: { de: { translation: messages.de }, en: { translation: messages.en } }, lng: 'de', interpolation: { escapeValue: false } });

const say = (v: Parameters<typeof verdict>[0], language: string) => {
  const { key, params } = verdict(v, language);
  return i18n.getFixedT(language)(key, params);
};

describe('the chain verification in words', () => {
  it('valid, with the number of entries grouped as the language writes it', () => {
    expect(say({ valid: true, entries: 1234 }, 'en')).toBe('Valid: 1,234 entries');
    expect(say({ valid: true, entries: 1234 }, 'de')).toBe('Gültig: 1.234 Einträge');
    expect(say({ valid: true, entries: 1 }, 'en')).toBe('Valid: 1 entry');
  });

  it('broken at the first entry that does not match', () => {
    expect(say({ valid: false, entries: 1234, firstBrokenAt: 17 }, 'en')).toBe('Broken at entry 17 (of 1,234)');
    expect(say({ valid: false, entries: 1234, firstBrokenAt: 1001 }, 'de')).toBe('Unterbrochen bei Eintrag 1.001 (von 1.234)');
  });
});
