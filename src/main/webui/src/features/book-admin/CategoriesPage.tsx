import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { Field } from '../../ui/Field';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableRegion } from '../../ui/TableRegion';
import { BookNotFound, isNotFound } from '../ledger/BookNotFound';
import { byId, useCategories } from '../ledger/useBookData';
import { ifMatch, isStaleEdit } from './access';
import { StaleNotice } from './StaleNotice';

type Category = components['schemas']['Category'];
type CategoryKind = components['schemas']['CategoryKind'];
type Official = components['schemas']['OfficialCategory'];

/** The official catalogue every category maps to (for the transparency report); it changes with a release only. */
export function useCatalogue() {
  return useQuery({
    queryKey: ['official-categories'],
    queryFn: () => unwrap(api.GET('/api/v1/official-categories')),
    select: (c) => c.items ?? [],
    staleTime: Infinity,
  });
}

/**
 * The book's categories: name, colour, emoji, a parent, the official code. A category in use is
 * archived, not deleted: its entries keep it, new entries no longer offer it.
 */
export default function CategoriesPage() {
  const { t, i18n } = useTranslation();
  const { bookId = '' } = useParams();
  const categories = useCategories(bookId);
  const catalogue = useCatalogue();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const client = useQueryClient();
  const names = byId(categories.data);
  const archive = useMutation({
    mutationFn: (c: Category) =>
      unwrap(
        api.PATCH('/api/v1/books/{bookId}/categories/{categoryId}', {
          params: { path: { bookId, categoryId: c.id! }, header: ifMatch(c.version) },
          body: { archived: !c.archived },
        }),
      ),
    onMutate: () => setError(null),
    onSuccess: () => client.invalidateQueries({ queryKey: ['books', bookId, 'categories'] }),
    onError: setError,
  });
  if (isNotFound(categories.error, bookId)) return <BookNotFound />;
  const officialName = (code?: string) => {
    const o = (catalogue.data ?? []).find((x) => x.code === code);
    return o ? (i18n.language.startsWith('en') ? o.nameEn : o.nameDe) : '';
  };

  return (
    <>
      <h1>{t('bookAdmin.categories.title')}</h1>
      <p className="muted">{t('bookAdmin.categories.intro')}</p>
      {isStaleEdit(error) ? (
        <StaleNotice
          onReload={() => {
            setError(null);
            void client.invalidateQueries({ queryKey: ['books', bookId, 'categories'] });
          }}
        />
      ) : (
        <ProblemAlert error={error ?? categories.error ?? catalogue.error} />
      )}
      {categories.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : (categories.data ?? []).length === 0 ? (
        <p className="empty">{t('bookAdmin.categories.none')}</p>
      ) : (
        <TableRegion label={t('bookAdmin.categories.title')}>
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('bookAdmin.categories.name')}</th>
                <th scope="col">{t('bookAdmin.categories.kind')}</th>
                <th scope="col">{t('bookAdmin.categories.official')}</th>
                <th scope="col">{t('bookAdmin.categories.parent')}</th>
                <th scope="col">{t('bookAdmin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {(categories.data ?? []).map((c) => (
                <tr key={c.id} className={c.archived ? 'archived' : undefined}>
                  <th scope="row">
                    <Swatch color={c.color} />
                    {c.emoji && <span aria-hidden="true">{c.emoji} </span>}
                    {c.name}
                    {c.archived && <span className="muted"> ({t('bookAdmin.archivedMark')})</span>}
                  </th>
                  <td>{t(`bookAdmin.categories.kinds.${c.kind}`)}</td>
                  <td>
                    <span className="mono">{c.officialCode}</span> {officialName(c.officialCode)}
                  </td>
                  <td>{c.parentId ? names.get(c.parentId)?.name : '–'}</td>
                  <td>
                    <div className="row-actions">
                      <button
                        type="button"
                        className="button"
                        aria-expanded={editing === c.id}
                        aria-label={t('bookAdmin.editOf', { name: c.name })}
                        onClick={() => setEditing(editing === c.id ? null : c.id!)}
                      >
                        {t('bookAdmin.edit')}
                      </button>
                      <button
                        type="button"
                        className="button"
                        disabled={archive.isPending}
                        aria-label={t(c.archived ? 'bookAdmin.categories.unarchiveOf' : 'bookAdmin.categories.archiveOf', { name: c.name })}
                        onClick={() => archive.mutate(c)}
                      >
                        {t(c.archived ? 'bookAdmin.categories.unarchive' : 'bookAdmin.categories.archive')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {editing &&
        (categories.data ?? [])
          .filter((c) => c.id === editing)
          .map((c) => (
            <CategoryForm
              key={`${c.id}-${c.version}`}
              bookId={bookId}
              category={c}
              categories={categories.data ?? []}
              catalogue={catalogue.data ?? []}
              onClose={() => setEditing(null)}
            />
          ))}
      <CategoryForm bookId={bookId} categories={categories.data ?? []} catalogue={catalogue.data ?? []} />
    </>
  );
}

/** The category's colour as a small square (an SVG attribute, so the strict CSP allows it). */
function Swatch({ color }: { color?: string }) {
  if (!color) return null;
  return (
    <svg className="swatch" width="14" height="14" aria-hidden="true" focusable="false">
      <rect width="14" height="14" rx="3" fill={color} stroke="#6b7785" />
    </svg>
  );
}

/** New (without `category`) or change of one. */
function CategoryForm({
  bookId,
  category,
  categories,
  catalogue,
  onClose,
}: {
  bookId: string;
  category?: Category;
  categories: Category[];
  catalogue: Official[];
  onClose?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const prefix = category ? 'edit-category' : 'new-category';
  const [name, setName] = useState(category?.name ?? '');
  const [kind, setKind] = useState<CategoryKind>(category?.kind ?? 'EXPENSE');
  const [officialCode, setOfficialCode] = useState(category?.officialCode ?? '');
  const [color, setColor] = useState(category?.color ?? '#1d4e89');
  const [emoji, setEmoji] = useState(category?.emoji ?? '');
  const [parentId, setParentId] = useState(category?.parentId ?? '');
  const [done, setDone] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => {
      if (category) {
        return unwrap(
          api.PATCH('/api/v1/books/{bookId}/categories/{categoryId}', {
            params: { path: { bookId, categoryId: category.id! }, header: ifMatch(category.version) },
            body: { name: name.trim(), officialCode, color, emoji, parentId: parentId || null },
          }),
        );
      }
      return unwrap(
        api.POST('/api/v1/books/{bookId}/categories', {
          params: { path: { bookId } },
          body: { name: name.trim(), kind, officialCode, color, emoji: emoji || undefined, parentId: parentId || undefined },
        }),
      );
    },
    onMutate: () => setDone(null),
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: ['books', bookId, 'categories'] });
      if (onClose) onClose();
      else {
        setDone(t('bookAdmin.categories.created', { name: saved.name }));
        setName('');
        setEmoji('');
        setParentId('');
      }
    },
  });
  const stale = isStaleEdit(save.error);
  const official = catalogue.filter((o) => o.kind === kind);
  const parents = categories.filter((c) => c.kind === kind && c.id !== category?.id && !c.parentId && !c.archived);

  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate();
  }

  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
      <h2 id={`${prefix}-title`}>{category ? t('bookAdmin.editOf', { name: category.name }) : t('bookAdmin.categories.new')}</h2>
      <Field label={t('bookAdmin.categories.name')} required value={name} onChange={(e) => setName(e.target.value)} />
      {!category && (
        <div className="field">
          <label htmlFor={`${prefix}-kind`}>{t('bookAdmin.categories.kind')}</label>
          <select
            id={`${prefix}-kind`}
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as CategoryKind);
              setOfficialCode('');
              setParentId('');
            }}
          >
            <option value="EXPENSE">{t('bookAdmin.categories.kinds.EXPENSE')}</option>
            <option value="INCOME">{t('bookAdmin.categories.kinds.INCOME')}</option>
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${prefix}-official`}>{t('bookAdmin.categories.official')}</label>
        <select id={`${prefix}-official`} value={officialCode} required onChange={(e) => setOfficialCode(e.target.value)}>
          <option value="">{t('bookAdmin.categories.chooseOfficial')}</option>
          {official.map((o) => (
            <option key={o.code} value={o.code}>
              {o.code} {i18n.language.startsWith('en') ? o.nameEn : o.nameDe}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-parent`}>{t('bookAdmin.categories.parent')}</label>
        <select id={`${prefix}-parent`} value={parentId} onChange={(e) => setParentId(e.target.value)}>
          <option value="">{t('bookAdmin.categories.noParent')}</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <Field label={t('bookAdmin.categories.color')} type="color" value={color} onChange={(e) => setColor(e.target.value)} />
      <Field label={t('bookAdmin.categories.emoji')} value={emoji} maxLength={16} onChange={(e) => setEmoji(e.target.value)} hint={t('bookAdmin.categories.emojiHint')} />
      {stale ? <StaleNotice onReload={() => void client.invalidateQueries({ queryKey: ['books', bookId, 'categories'] })} /> : <ProblemAlert error={save.error} />}
      {done && (
        <p className="alert alert-success" role="status">
          {done}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button primary" disabled={save.isPending || stale || name.trim() === ''}>
          {category ? t('bookAdmin.save') : t('bookAdmin.categories.create')}
        </button>
        {onClose && (
          <button type="button" className="button" onClick={onClose}>
            {t('bookAdmin.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
