import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { SecurityEventsTable } from '../settings/SecurityEventsTable';

/** `/admin/users/:userId/events`: one account's security events, for the instance administrator. */
export default function UserEventsPage() {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  // The name from the list the administrator came from (the API has no single-user read).
  const users = useQuery({
    queryKey: ['admin', 'users', 'all-for-name'],
    queryFn: () => unwrap(api.GET('/api/v1/admin/users', { params: { query: { size: 500, sort: 'createdAt,desc' } } })),
  });
  const user = users.data?.items?.find((u) => u.id === userId);
  const name = user?.displayName ?? user?.email ?? '';
  return (
    <>
      <h1>{t('admin.events.title', { name })}</h1>
      <p>
        <Link to="/admin/users">{t('admin.events.back')}</Link>
      </p>
      <SecurityEventsTable
        title={t('admin.events.heading')}
        intro={t('admin.events.intro')}
        queryKey={['admin', 'users', userId, 'events']}
        load={(size) => unwrap(api.GET('/api/v1/admin/users/{id}/security-events', { params: { path: { id: userId }, query: { size } } }))}
      />
    </>
  );
}
