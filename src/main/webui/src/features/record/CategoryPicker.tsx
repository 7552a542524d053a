import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { orderCategories } from './recent';

type Category = components['schemas']['Category'];

/** How many categories show before a search narrows them: a phone screen, not the whole catalogue. */
const SHOWN_WITHOUT_SEARCH = 6;
const SHOWN_WITH_SEARCH = 12;

/**
 * The category as a row of buttons (one tap, and Tab + Enter on a keyboard): the recent ones first,
 * a search over name and official code for the rest.
 */
export function CategoryPicker({
  categories,
  recent,
  value,
  onChange,
}: {
  categories: Category[];
  recent: string[];
  value: string | undefined;
  onChange: (id: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const id = useId();
  const ordered = orderCategories(categories, recent, search);
  const all = [...ordered.recent, ...ordered.others];
  const limit = search.trim() ? SHOWN_WITH_SEARCH : SHOWN_WITHOUT_SEARCH;
  let shown = all.slice(0, limit);
  const chosen = categories.find((c) => c.id === value);
  // The chosen one stays visible whatever the search shows.
  if (chosen && !shown.includes(chosen)) shown = [chosen, ...shown.slice(0, limit - 1)];
  const hidden = all.length - shown.filter((c) => all.includes(c)).length;

  return (
    <fieldset className="field category-picker">
      <legend>{t('record.category')}</legend>
      <p className="muted" id={`${id}-chosen`} aria-live="polite">
        {chosen ? t('record.categoryChosen', { name: label(chosen) }) : t('record.categoryNone')}
      </p>
      <label htmlFor={`${id}-search`} className="visually-hidden">
        {t('record.categorySearch')}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        className="category-search"
        placeholder={t('record.categorySearch')}
        autoComplete="off"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        onKeyDown={(e) => {
          // Enter in the search picks the first match instead of submitting the whole form.
          if (e.key === 'Enter') {
            e.preventDefault();
            if (shown[0]) onChange(shown[0].id);
          }
        }}
      />
      {shown.length === 0 ? (
        <p className="muted">{t('record.categoryNoMatch')}</p>
      ) : (
        <ul className="category-list" aria-describedby={`${id}-chosen`}>
          {shown.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className="category"
                aria-pressed={c.id === value}
                onClick={() => onChange(c.id === value ? undefined : c.id)}
              >
                {c.emoji && <span aria-hidden="true">{c.emoji} </span>}
                {c.name}
                {c.officialCode && <span className="code"> {c.officialCode}</span>}
                {ordered.recent.includes(c) && <span className="visually-hidden"> ({t('record.recent')})</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 && <p className="muted">{t('record.categoryMore', { count: hidden })}</p>}
    </fieldset>
  );
}

function label(c: Category): string {
  return c.officialCode ? `${c.name} (${c.officialCode})` : (c.name ?? '');
}
