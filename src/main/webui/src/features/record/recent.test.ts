import { describe, expect, it } from 'vitest';
import { orderCategories, remember, remembered } from './recent';

function storage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

const categories = [
  { id: 'a', name: 'Reisekosten', officialCode: 'EX-300' },
  { id: 'b', name: 'Bürobedarf', officialCode: 'EX-200' },
  { id: 'c', name: 'Bewirtung', officialCode: 'EX-400' },
  { id: 'd', name: 'Porto', officialCode: 'EX-210' },
];

describe('recent categories', () => {
  it('the category used last comes first, each once, at most five, per book', () => {
    const s = storage();
    for (const id of ['a', 'b', 'a', 'c', 'd', 'e', 'f']) remember('book', { categoryId: id }, s);
    expect(remembered('book', s).categories).toEqual(['f', 'e', 'd', 'c', 'a']);
    expect(remembered('other book', s).categories).toEqual([]);
  });

  it('the account used last is remembered too', () => {
    const s = storage();
    remember('book', { categoryId: 'a', accountId: 'cash' }, s);
    remember('book', { categoryId: 'b' }, s);
    expect(remembered('book', s)).toEqual({ categories: ['b', 'a'], accountId: 'cash' });
  });

  it('damaged storage is no suggestion, not a crash', () => {
    const s = storage();
    s.setItem('cet.record.book', '{not json');
    expect(remembered('book', s)).toEqual({ categories: [] });
  });

  it('recent first in their order, then the rest by name; the search looks at name and code', () => {
    expect(orderCategories(categories, ['c', 'a', 'gone'], '')).toEqual({
      recent: [categories[2], categories[0]],
      others: [categories[1], categories[3]],
    });
    expect(orderCategories(categories, ['c'], 'ex-2')).toEqual({ recent: [], others: [categories[1], categories[3]] });
    expect(orderCategories(categories, ['c'], 'BEW')).toEqual({ recent: [categories[2]], others: [] });
  });
});
