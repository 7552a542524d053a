import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useMe } from '../../app/useMe';
import { formatDate } from '../../lib/dates';
import { Field } from '../../ui/Field';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableRegion } from '../../ui/TableRegion';
import { BookNotFound, isNotFound } from '../ledger/BookNotFound';
import { useMembers } from '../ledger/useBookData';

type Member = components['schemas']['Member'];
type BookRole = components['schemas']['BookRole'];
const ROLES: BookRole[] = ['ADMIN', 'TREASURER', 'MEMBER', 'AUDITOR'];

/**
 * Members (role, signatory, remove) and open invitations (send, revoke). The API keeps the last
 * administrator: its refusal (409 last-admin) is shown as it comes, and the row keeps its old value.
 */
export default function MembersPage() {
  const { t } = useTranslation();
  const { bookId = '' } = useParams();
  const members = useMembers(bookId);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (isNotFound(members.error, bookId)) return <BookNotFound />;

  return (
    <>
      <h1>{t('bookAdmin.members.title')}</h1>
      <p className="muted">{t('bookAdmin.members.intro')}</p>
      {notice && (
        <p className="alert alert-success" role="status">
          {notice}
        </p>
      )}
      <ProblemAlert error={error ?? members.error} />
      {members.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <TableRegion label={t('bookAdmin.members.title')}>
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('bookAdmin.members.name')}</th>
                <th scope="col">{t('bookAdmin.members.role')}</th>
                <th scope="col">{t('bookAdmin.members.signatory')}</th>
                <th scope="col">{t('bookAdmin.members.joined')}</th>
                <th scope="col">{t('bookAdmin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {(members.data ?? []).map((m) => (
                <MemberRow key={m.userId} bookId={bookId} member={m} onError={setError} onNotice={setNotice} />
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <Invitations bookId={bookId} />
    </>
  );
}

function MemberRow({
  bookId,
  member,
  onError,
  onNotice,
}: {
  bookId: string;
  member: Member;
  onError: (e: unknown) => void;
  onNotice: (text: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const me = useMe();
  const [confirming, setConfirming] = useState(false);
  const name = member.displayName ?? member.email ?? '';
  const refresh = () =>
    Promise.all([client.invalidateQueries({ queryKey: ['books', bookId] }), client.invalidateQueries({ queryKey: ['me'] })]);
  const change = useMutation({
    mutationFn: (body: components['schemas']['UpdateMemberRequest']) =>
      unwrap(api.PATCH('/api/v1/books/{bookId}/members/{userId}', { params: { path: { bookId, userId: member.userId! } }, body })),
    onMutate: () => {
      onError(null);
      onNotice(null);
    },
    onSuccess: (changed) => {
      onNotice(t('bookAdmin.members.changed', { name, role: t(`roles.${changed.role}`) }));
      return refresh();
    },
    onError,
  });
  const remove = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/books/{bookId}/members/{userId}', { params: { path: { bookId, userId: member.userId! } } })),
    onMutate: () => {
      onError(null);
      onNotice(null);
    },
    onSuccess: () => {
      setConfirming(false);
      onNotice(t('bookAdmin.members.removed', { name }));
      return refresh();
    },
    onError: (e) => {
      setConfirming(false);
      onError(e);
    },
  });
  const roleId = `role-${member.userId}`;
  const signId = `signatory-${member.userId}`;

  return (
    <tr>
      <th scope="row">
        {name}
        {member.userId === me.data?.id && <span className="muted"> ({t('bookAdmin.members.you')})</span>}
        <br />
        <span className="muted mono">{member.email}</span>
      </th>
      <td>
        <label htmlFor={roleId} className="visually-hidden">
          {t('bookAdmin.members.roleOf', { name })}
        </label>
        <select
          id={roleId}
          value={member.role}
          disabled={change.isPending}
          onChange={(e) => change.mutate({ role: e.target.value as BookRole })}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <div className="check">
          <input
            id={signId}
            type="checkbox"
            checked={!!member.signatory}
            disabled={change.isPending}
            onChange={(e) => change.mutate({ signatory: e.target.checked })}
          />
          <label htmlFor={signId}>
            <span className="visually-hidden">{t('bookAdmin.members.signatoryOf', { name })}</span>
            <span aria-hidden="true">{t('bookAdmin.members.signs')}</span>
          </label>
        </div>
      </td>
      <td>{formatDate(member.joinedAt?.slice(0, 10), i18n.language)}</td>
      <td>
        {confirming ? (
          <div className="row-actions" role="group" aria-label={t('bookAdmin.members.confirmRemove', { name })}>
            <span>{t('bookAdmin.members.confirmRemove', { name })}</span>
            <button type="button" className="button primary" disabled={remove.isPending} onClick={() => remove.mutate()}>
              {t('bookAdmin.members.removeYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('bookAdmin.cancel')}
            </button>
          </div>
        ) : (
          <button type="button" className="button" onClick={() => setConfirming(true)} aria-label={t('bookAdmin.members.removeOf', { name })}>
            {t('bookAdmin.members.remove')}
          </button>
        )}
      </td>
    </tr>
  );
}

/** Open invitations: send one (the link goes by mail), see who has not accepted yet, revoke. */
function Invitations({ bookId }: { bookId: string }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<BookRole>('MEMBER');
  const [sent, setSent] = useState<string | null>(null);
  const key = ['books', bookId, 'invitations'];
  const open = useQuery({
    queryKey: key,
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/invitations', { params: { path: { bookId }, query: { size: 500 } } })),
    select: (page) => page.items ?? [],
  });
  const invite = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/books/{bookId}/invitations', { params: { path: { bookId } }, body: { email: email.trim(), role } })),
    onMutate: () => setSent(null),
    onSuccess: (created) => {
      setSent(t('bookAdmin.invitations.sent', { email: created.email }));
      setEmail('');
      return client.invalidateQueries({ queryKey: key });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/books/{bookId}/invitations/{invitationId}', { params: { path: { bookId, invitationId: id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    invite.mutate();
  }

  return (
    <>
      <h2>{t('bookAdmin.invitations.title')}</h2>
      <form className="admin-form" onSubmit={submit} noValidate aria-labelledby="invite-heading">
        <h3 id="invite-heading">{t('bookAdmin.invitations.new')}</h3>
        <Field label={t('bookAdmin.invitations.email')} type="email" autoComplete="off" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <div className="field">
          <label htmlFor="invite-role">{t('bookAdmin.invitations.role')}</label>
          <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as BookRole)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <ProblemAlert error={invite.error} />
        {sent && (
          <p className="alert alert-success" role="status">
            {sent}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button primary" disabled={invite.isPending || email.trim() === ''}>
            {t('bookAdmin.invitations.send')}
          </button>
        </div>
      </form>
      <h3>{t('bookAdmin.invitations.open')}</h3>
      <ProblemAlert error={open.error ?? revoke.error} />
      {open.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : (open.data ?? []).length === 0 ? (
        <p className="empty">{t('bookAdmin.invitations.none')}</p>
      ) : (
        <TableRegion label={t('bookAdmin.invitations.open')}>
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('bookAdmin.invitations.email')}</th>
                <th scope="col">{t('bookAdmin.invitations.role')}</th>
                <th scope="col">{t('bookAdmin.invitations.expires')}</th>
                <th scope="col">{t('bookAdmin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {(open.data ?? []).map((i) => (
                <tr key={i.id}>
                  <th scope="row" className="mono">
                    {i.email}
                  </th>
                  <td>{t(`roles.${i.role}`)}</td>
                  <td>{formatDate(i.expiresAt?.slice(0, 10), i18n.language)}</td>
                  <td>
                    <button
                      type="button"
                      className="button"
                      disabled={revoke.isPending}
                      onClick={() => revoke.mutate(i.id!)}
                      aria-label={t('bookAdmin.invitations.revokeOf', { email: i.email })}
                    >
                      {t('bookAdmin.invitations.revoke')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </>
  );
}
