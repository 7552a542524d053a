import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { messages } from '../i18n/messages';
import { FIELD_MESSAGES, FIELD_NAMES, fieldErrorText, localParams } from './problem';

async function screen(lng: 'de' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { de: { translation: messages.de }, en: { translation: messages.en } }, lng, interpolation: { escapeValue: false } });
  /** The line ProblemAlert shows for one field error of the API. */
  return (field: string | undefined, message: string) => {
    const text = fieldErrorText({ field, message });
    const said = text.messageKey ? i18n.t(text.messageKey, localParams(text.params, lng)) : text.messageRaw;
    if (!field) return said;
    const name = text.fieldKey ? i18n.t(text.fieldKey) : field;
    return `${text.fieldKey && text.position ? i18n.t('problems.fieldPosition', { field: name, position: text.position }) : name}: ${said}`;
  };
}

describe('the API\'s field errors on a German or English screen', () => {
  it('say a missing or too long field in the screen\'s language', async () => {
    const de = await screen('de');
    expect(de('amount', 'is required')).toBe('Betrag: fehlt.');
    expect(de('categoryId', 'is required for EXPENSE')).toBe('Kategorie: fehlt.');
    expect(de('description', 'must be at most 500 characters')).toBe('Beschreibung: darf höchstens 500 Zeichen lang sein.');
    const en = await screen('en');
    expect(en('description', 'must be at most 500 characters')).toBe('Description: must be at most 500 characters.');
  });

  it('name the listed member of a split and carry the sums over as money in the screen\'s language', async () => {
    const de = await screen('de');
    expect(de('split.shares', 'the percentages sum to 95, not to 100')).toBe('Wer teilt: Die Prozente ergeben zusammen 95, nicht 100.');
    expect(de('split.payers', 'the amounts paid sum to 50.00, not to the amount 60.00')).toBe(
      'Wer hat bezahlt: Die bezahlten Beträge ergeben zusammen 50,00\u00a0€, nicht den Gesamtbetrag 60,00\u00a0€.',
    );
    expect(de('split.shares[2].memberId', 'is not a member of this book')).toBe('Mitglied Nr. 3: ist kein Mitglied dieses Buchs.');
    const en = await screen('en');
    expect(en('split.shares', 'the exact parts sum to 29.99, not to the amount 30.00')).toBe(
      'Who shares: The amounts add up to €29.99, not to the total €30.00.',
    );
    expect(en('split.shares[0].value', 'must be greater than zero (leave out a member who shares nothing)')).toBe(
      'Value no. 1: must be above zero (leave out whoever shares nothing).',
    );
  });

  it('format a date of the sentence as the screen writes dates', async () => {
    const de = await screen('de');
    expect(de('date', "is before the account's opening date 2026-01-01")).toBe('Datum: liegt vor der Eröffnung des Kontos am 01.01.2026.');
  });

  it('keep what the app does not know as the server wrote it, field and sentence', async () => {
    const de = await screen('de');
    expect(de('frobnicate', 'is not a known field')).toBe('frobnicate: ist kein bekanntes Feld.');
    expect(de('amount', 'is something new')).toBe('Betrag: is something new');
    expect(de(undefined, 'something went wrong')).toBe('something went wrong');
  });

  it('has a German and an English text for every sentence and every field name it knows', () => {
    for (const lng of ['de', 'en'] as const) {
      const problems = messages[lng].problems as Record<string, Record<string, string>>;
      for (const [, key] of FIELD_MESSAGES) expect(problems.field?.[key], `${lng} problems.field.${key}`).toBeTruthy();
      for (const name of Object.values(FIELD_NAMES)) expect(problems.fieldName?.[name], `${lng} problems.fieldName.${name}`).toBeTruthy();
    }
  });
});
