import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { formatMoney } from '../../lib/amount';
import { formatDate } from '../../lib/dates';
import { Field } from '../../ui/Field';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableRegion } from '../../ui/TableRegion';
import { BookNotFound, isNotFound } from '../ledger/BookNotFound';
import { ifMatch, isStaleEdit } from './access';
import { StaleNotice } from './StaleNotice';

type Item = components['schemas']['InventoryItem'];

/**
 * The inventory: items bought with booked expenses of the official inventory category (EX-700), created
 * by booking. Here they get their location and, when they leave the caucus, the date of disposal.
 */
export default function InventoryPage() {
  const { t, i18n } = useTranslation();
  const { bookId = '' } = useParams();
  const [editing, setEditing] = useState<string | null>(null);
  const items = useQuery({
    queryKey: ['books', bookId, 'inventory'],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/inventory', { params: { path: { bookId }, query: { size: 500 } } })),
    select: (page) => page.items ?? [],
  });
  if (isNotFound(items.error, bookId)) return <BookNotFound />;

  return (
    <>
      <h1>{t('bookAdmin.inventory.title')}</h1>
      <p className="muted">{t('bookAdmin.inventory.intro')}</p>
      <ProblemAlert error={items.error} />
      {items.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : (items.data ?? []).length === 0 ? (
        <p className="empty">{t('bookAdmin.inventory.none')}</p>
      ) : (
        <TableRegion label={t('bookAdmin.inventory.title')}>
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('bookAdmin.inventory.description')}</th>
                <th scope="col">{t('bookAdmin.inventory.date')}</th>
                <th scope="col" className="num">{t('bookAdmin.inventory.price')}</th>
                <th scope="col">{t('bookAdmin.inventory.location')}</th>
                <th scope="col">{t('bookAdmin.inventory.disposedOn')}</th>
                <th scope="col">{t('bookAdmin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {(items.data ?? []).map((i) => (
                <tr key={i.id} className={i.disposedOn ? 'archived' : undefined}>
                  <th scope="row">
                    {i.transactionId ? <Link to={`/books/${bookId}/transactions/${i.transactionId}`}>{i.description}</Link> : i.description}
                  </th>
                  <td>{formatDate(i.date, i18n.language)}</td>
                  <td className="num">{i.price ? formatMoney(i.price, i18n.language) : ''}</td>
                  <td>{i.location || '–'}</td>
                  <td>{i.disposedOn ? formatDate(i.disposedOn, i18n.language) : '–'}</td>
                  <td>
                    <button
                      type="button"
                      className="button"
                      aria-expanded={editing === i.id}
                      aria-label={t('bookAdmin.editOf', { name: i.description })}
                      onClick={() => setEditing(editing === i.id ? null : i.id!)}
                    >
                      {t('bookAdmin.edit')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {editing &&
        (items.data ?? [])
          .filter((i) => i.id === editing)
          .map((i) => <EditItem key={`${i.id}-${i.version}`} bookId={bookId} item={i} onClose={() => setEditing(null)} />)}
    </>
  );
}

function EditItem({ bookId, item, onClose }: { bookId: string; item: Item; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [description, setDescription] = useState(item.description ?? '');
  const [location, setLocation] = useState(item.location ?? '');
  const [disposedOn, setDisposedOn] = useState(item.disposedOn ?? '');
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH('/api/v1/books/{bookId}/inventory/{itemId}', {
          params: { path: { bookId, itemId: item.id! }, header: ifMatch(item.version) },
          body: { description: description.trim(), location: location.trim(), disposedOn: disposedOn || undefined },
        }),
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['books', bookId, 'inventory'] });
      onClose();
    },
  });
  const stale = isStaleEdit(save.error);

  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate();
  }

  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-labelledby="edit-item">
      <h2 id="edit-item">{t('bookAdmin.editOf', { name: item.description })}</h2>
      <Field label={t('bookAdmin.inventory.description')} value={description} onChange={(e) => setDescription(e.target.value)} />
      <Field label={t('bookAdmin.inventory.location')} value={location} onChange={(e) => setLocation(e.target.value)} />
      <Field
        label={t('bookAdmin.inventory.disposedOn')}
        type="date"
        value={disposedOn}
        onChange={(e) => setDisposedOn(e.target.value)}
        hint={t('bookAdmin.inventory.disposedHint')}
      />
      {stale ? <StaleNotice onReload={() => void client.invalidateQueries({ queryKey: ['books', bookId, 'inventory'] })} /> : <ProblemAlert error={save.error} />}
      <div className="actions">
        <button type="submit" className="button primary" disabled={save.isPending || stale}>
          {t('bookAdmin.save')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('bookAdmin.cancel')}
        </button>
      </div>
    </form>
  );
}
