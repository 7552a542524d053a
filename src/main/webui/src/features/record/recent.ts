/**
 * Per book, on this device: the categories used last (most recent first) and the account used last,
 * so that the next entry starts where the last one ended. No secret: ids of the book's own lists.
 */
const MAX_RECENT = 5;

interface Remembered {
  categories: string[];
  accountId?: string;
}

const key = (bookId: string) => `cet.record.${bookId}`;

export function remembered(bookId: string, storage: Pick<Storage, 'getItem'> = localStorage): Remembered {
  try {
    const value = JSON.parse(storage.getItem(key(bookId)) ?? '{}') as Partial<Remembered>;
    return {
      categories: Array.isArray(value.categories) ? value.categories.filter((c): c is string => typeof c === 'string') : [],
      accountId: typeof value.accountId === 'string' ? value.accountId : undefined,
    };
  } catch {
    return { categories: [] };
  }
}

export function remember(bookId: string, used: { categoryId?: string; accountId?: string }, storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage) {
  const before = remembered(bookId, storage);
  const categories = used.categoryId
    ? [used.categoryId, ...before.categories.filter((c) => c !== used.categoryId)].slice(0, MAX_RECENT)
    : before.categories;
  try {
    storage.setItem(key(bookId), JSON.stringify({ categories, accountId: used.accountId ?? before.accountId }));
  } catch {
    // storage refused: the next entry simply starts without a suggestion
  }
}

/** The categories to offer: the recent ones first (in their order), then the rest by name; filtered by a search. */
export function orderCategories<T extends { id?: string; name?: string; officialCode?: string }>(
  categories: readonly T[],
  recent: readonly string[],
  search: string,
): { recent: T[]; others: T[] } {
  const needle = search.trim().toLocaleLowerCase();
  const matches = (c: T) =>
    needle === '' || (c.name ?? '').toLocaleLowerCase().includes(needle) || (c.officialCode ?? '').toLocaleLowerCase().includes(needle);
  const byId = new Map(categories.map((c) => [c.id, c]));
  const first = recent.map((id) => byId.get(id)).filter((c): c is T => c !== undefined && matches(c));
  const others = categories
    .filter((c) => !recent.includes(c.id ?? '') && matches(c))
    .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));
  return { recent: first, others };
}
