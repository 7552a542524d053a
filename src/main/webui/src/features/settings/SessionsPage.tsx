import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableRegion } from '../../ui/TableRegion';
import { formatInstant } from '../ledger/format';
import { deviceName } from './device';
import { SecurityEventsTable } from './SecurityEventsTable';

/** My settings, sessions: where I am signed in (each can be ended) and what happened to my account. */
export default function SessionsPage() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const sessions = useQuery({
    queryKey: ['me', 'sessions'],
    queryFn: () => unwrap(api.GET('/api/v1/me/sessions')),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/me/sessions/{id}', { params: { path: { id } } })),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ['me', 'sessions'] }), client.invalidateQueries({ queryKey: ['me', 'events'] })]),
  });

  return (
    <section className="settings">
      <h1>{t('settings.sessions.title')}</h1>
      <p className="muted">{t('settings.sessions.intro')}</p>
      <ProblemAlert error={sessions.error ?? revoke.error} />
      {sessions.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <TableRegion label={t('settings.sessions.title')}>
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('settings.sessions.device')}</th>
                <th scope="col">{t('settings.sessions.since')}</th>
                <th scope="col">{t('settings.sessions.lastUsed')}</th>
                <th scope="col">{t('bookAdmin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {(sessions.data ?? []).map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    {deviceName(s.userAgent) ?? t('settings.sessions.unknownDevice')}
                    {s.ip && <span className="muted"> · {s.ip}</span>}
                    {s.current && (
                      <>
                        {' '}
                        <span className="badge badge-approved">{t('settings.sessions.current')}</span>
                      </>
                    )}
                  </th>
                  <td>{formatInstant(s.createdAt, i18n.language)}</td>
                  <td>{formatInstant(s.lastUsedAt, i18n.language)}</td>
                  <td>
                    {s.current ? (
                      <span className="muted">{t('settings.sessions.thisDevice')}</span>
                    ) : (
                      <button
                        type="button"
                        className="button"
                        disabled={revoke.isPending}
                        aria-label={t('settings.sessions.revokeOf', { device: deviceName(s.userAgent) ?? t('settings.sessions.unknownDevice'), since: formatInstant(s.createdAt, i18n.language) })}
                        onClick={() => revoke.mutate(s.id!)}
                      >
                        {t('settings.sessions.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <SecurityEventsTable
        title={t('settings.events.title')}
        intro={t('settings.events.intro')}
        queryKey={['me', 'events']}
        load={(size) => unwrap(api.GET('/api/v1/me/security-events', { params: { query: { size } } }))}
      />
    </section>
  );
}
