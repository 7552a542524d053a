import { Navigate, NavLink, Outlet, useMatch, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/useMe';
import { sectionsFor } from './access';
import './admin.css';

/**
 * A book's administration: a sub-navigation of the sections my role may use (access.ts) and the
 * section. A member or auditor who opens the address gets a refusal here; the API refuses the calls too.
 */
export default function BookAdminLayout() {
  const { t } = useTranslation();
  const { bookId = '' } = useParams();
  const me = useMe();
  const atIndex = useMatch('/books/:bookId/admin');
  if (me.isPending) return <p role="status">{t('common.loading')}</p>;
  const role = me.data?.memberships?.find((m) => m.bookId === bookId)?.role;
  const sections = sectionsFor(role);
  if (sections.length === 0) {
    return (
      <section>
        <h1>{t('bookAdmin.title')}</h1>
        <p className="alert alert-info">{t('bookAdmin.notForYou')}</p>
      </section>
    );
  }
  if (atIndex) return <Navigate to={`/books/${bookId}/admin/${sections[0]}`} replace />;
  return (
    <section className="book-admin">
      <nav className="sub-nav" aria-label={t('bookAdmin.title')}>
        <ul>
          {sections.map((s) => (
            <li key={s}>
              <NavLink to={`/books/${bookId}/admin/${s}`}>{t(`bookAdmin.section.${s}`)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </section>
  );
}
