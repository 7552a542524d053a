import { Link, Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/useMe';
import { NewBookForm } from '../books/NewBookForm';

/** After sign-in: straight to the only book, a list of several, or what to do without any. */
export default function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <p role="status">{t('common.loading')}</p>;
  const memberships = me.data?.memberships ?? [];
  if (memberships.length === 1) return <Navigate to={`/books/${memberships[0]!.bookId}`} replace />;
  return (
    <section>
      <h1>{t('home.title', { name: me.data?.displayName ?? '' })}</h1>
      {memberships.length === 0 ? (
        <>
          <div className="empty">
            <p>{t('home.noBooks')}</p>
          </div>
          <NewBookForm />
        </>
      ) : (
        <>
          <ul className="book-list">
            {memberships.map((m) => (
              <li key={m.bookId}>
                <Link to={`/books/${m.bookId}`}>{m.bookName}</Link> <span className="muted">{t(`roles.${m.role}`)}</span>
              </li>
            ))}
          </ul>
          <p>
            <Link to="/books/new">{t('newBook.nav')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
