import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useMe } from '../../app/useMe';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableRegion } from '../../ui/TableRegion';
import { formatInstant } from '../ledger/format';

type User = components['schemas']['User'];
const PAGE = 50;

/** Every account of the installation; disabling one ends its sessions at once. */
export default function UsersPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const users = useQuery({
    queryKey: ['admin', 'users', page],
    // Newest first: the account someone just asked about is on the first page.
    queryFn: () => unwrap(api.GET('/api/v1/admin/users', { params: { query: { page, size: PAGE, sort: 'createdAt,desc' } } })),
    placeholderData: (previous) => previous,
  });
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const total = users.data?.totalItems ?? 0;

  return (
    <>
      <h1>{t('admin.users.title')}</h1>
      <p className="muted">{t('admin.users.intro')}</p>
      {notice && (
        <p className="alert alert-success" role="status">
          {notice}
        </p>
      )}
      <ProblemAlert error={error ?? users.error} />
      {users.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <TableRegion label={t('admin.users.title')}>
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.users.name')}</th>
                <th scope="col">{t('admin.users.since')}</th>
                <th scope="col">{t('admin.users.state')}</th>
                <th scope="col">{t('bookAdmin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {(users.data?.items ?? []).map((u) => (
                <UserRow key={u.id} user={u} onError={setError} onNotice={setNotice} />
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {total > PAGE && (
        <div className="pager actions">
          <button type="button" className="button" disabled={page === 0} onClick={() => setPage((p) => p - 1)}>
            {t('admin.previous')}
          </button>
          <span>{t('admin.pageOf', { page: page + 1, pages: Math.ceil(total / PAGE) })}</span>
          <button type="button" className="button" disabled={(page + 1) * PAGE >= total} onClick={() => setPage((p) => p + 1)}>
            {t('admin.next')}
          </button>
        </div>
      )}
    </>
  );
}

function UserRow({ user, onError, onNotice }: { user: User; onError: (e: unknown) => void; onNotice: (s: string | null) => void }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const me = useMe();
  const [confirming, setConfirming] = useState(false);
  const name = user.displayName ?? user.email ?? '';
  const change = useMutation({
    mutationFn: (disabled: boolean) => unwrap(api.PATCH('/api/v1/admin/users/{id}', { params: { path: { id: user.id! } }, body: { disabled } })),
    onMutate: () => {
      onError(null);
      onNotice(null);
    },
    onSuccess: (changed) => {
      setConfirming(false);
      onNotice(t(changed.disabled ? 'admin.users.disabledDone' : 'admin.users.enabledDone', { name }));
      return client.invalidateQueries({ queryKey: ['admin', 'users'] });
    },
    onError: (e) => {
      setConfirming(false);
      onError(e);
    },
  });
  const self = user.id === me.data?.id;

  return (
    <tr className={user.disabled ? 'archived' : undefined}>
      <th scope="row">
        {name}
        {self && <span className="muted"> ({t('bookAdmin.members.you')})</span>}
        <br />
        <span className="muted mono">{user.email}</span>
        <br />
        <Link to={`/admin/users/${user.id}/events`} aria-label={t('admin.events.linkOf', { name })}>
          {t('admin.events.link')}
        </Link>
      </th>
      <td>{formatInstant(user.createdAt, i18n.language)}</td>
      <td>
        {user.disabled ? t('admin.users.disabled') : t('admin.users.active')}
        {user.instanceAdmin && <> · {t('roles.INSTANCE_ADMIN')}</>}
        {user.mfaEnabled && <> · {t('admin.users.mfa')}</>}
      </td>
      <td>
        {self ? null : user.disabled ? (
          <button type="button" className="button" disabled={change.isPending} onClick={() => change.mutate(false)} aria-label={t('admin.users.enableOf', { name })}>
            {t('admin.users.enable')}
          </button>
        ) : confirming ? (
          <div className="row-actions" role="group" aria-label={t('admin.users.confirmDisable', { name })}>
            <span>{t('admin.users.confirmDisable', { name })}</span>
            <button type="button" className="button primary" disabled={change.isPending} onClick={() => change.mutate(true)}>
              {t('admin.users.disableYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('bookAdmin.cancel')}
            </button>
          </div>
        ) : (
          <button type="button" className="button" onClick={() => setConfirming(true)} aria-label={t('admin.users.disableOf', { name })}>
            {t('admin.users.disable')}
          </button>
        )}
      </td>
    </tr>
  );
}
