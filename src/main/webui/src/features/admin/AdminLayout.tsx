import { Navigate, NavLink, Outlet, useMatch } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/useMe';
import '../book-admin/admin.css';

const SECTIONS = ['users', 'backups', 'restore', 'mailboxes'] as const;

/**
 * The installation's administration, for instance administrators (GET /me says `instanceAdmin`).
 * Anyone else who opens the address is told so; the API refuses their calls (403) as well.
 */
export default function AdminLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const atIndex = useMatch('/admin');
  if (me.isPending) return <p role="status">{t('common.loading')}</p>;
  if (!me.data?.instanceAdmin) {
    return (
      <section>
        <h1>{t('admin.title')}</h1>
        <p className="alert alert-info">{t('admin.notForYou')}</p>
      </section>
    );
  }
  if (atIndex) return <Navigate to="/admin/users" replace />;
  return (
    <section className="instance-admin">
      <nav className="sub-nav" aria-label={t('admin.title')}>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s}>
              <NavLink to={`/admin/${s}`}>{t(`admin.section.${s}`)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </section>
  );
}
