import { describe, expect, it } from 'vitest';
import { messages } from './messages';
import { mergeMessages } from './merge';

function keys(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('texts', () => {
  it('German and English have the same keys, so no screen shows a raw key in one language', () => {
    const de = keys(messages.de).sort();
    const en = keys(messages.en).sort();
    expect(de.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !de.includes(k))).toEqual([]);
  });

  it('no text is empty', () => {
    for (const lang of ['de', 'en'] as const) {
      const empty = keys(messages[lang]).filter((k) => {
        const value = k.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages[lang]);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty, lang).toEqual([]);
    }
  });

  it('feature files are merged into the base texts of their language only', () => {
    const merged = mergeMessages({ common: { ok: 'OK' } }, {
      './ledger.de.json': { ledger: { title: 'Buchungen' } },
      './ledger.en.json': { ledger: { title: 'Ledger' } },
    }, 'de');
    expect(merged).toEqual({ common: { ok: 'OK' }, ledger: { title: 'Buchungen' } });
  });

  it('a key defined in two files is refused instead of one text hiding the other', () => {
    expect(() => mergeMessages({ common: { ok: 'OK' } }, { './x.de.json': { common: { ok: 'Ja' } } }, 'de')).toThrow(
      /common.ok is defined twice/,
    );
  });
});
