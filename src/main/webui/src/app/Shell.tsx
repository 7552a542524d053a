import { lazy, Suspense, useState } from 'react';
import { Link, Outlet, useMatch, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useSession } from './SessionProvider';
import { useLanguageChoice, useMe } from './useMe';

// Its own small chunk: what waits on this device is sent from every screen, not only the record screen.
const OutboxSync = lazy(() => import('../features/record/OutboxSync'));

/** The frame after sign-in: book switcher, language, sign-out; the screen in the middle. */
export function Shell() {
  const { t } = useTranslation();
  const me = useMe();
  const { signOut, signOutEverywhere } = useSession();
  const chooseLanguage = useLanguageChoice();
  const navigate = useNavigate();
  const bookMatch = useMatch('/books/:bookId/*');
  const currentBook = bookMatch?.params.bookId ?? '';
  const [error, setError] = useState<unknown>(null);
  const memberships = me.data?.memberships ?? [];

  async function leave(everywhere: boolean) {
    setError(null);
    try {
      await (everywhere ? signOutEverywhere() : signOut());
      navigate('/sign-in', { replace: true });
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <header className="shell-header">
        <span className="brand">{t('app.name')}</span>
        {memberships.length > 0 && (
          <div className="book-switcher">
            <label htmlFor="book-switcher">{t('shell.book')}</label>
            <select id="book-switcher" value={currentBook} onChange={(e) => navigate(e.target.value ? `/books/${e.target.value}` : '/')}>
              {!memberships.some((m) => m.bookId === currentBook) && <option value="">{t('shell.chooseBook')}</option>}
              {memberships.map((m) => (
                <option key={m.bookId} value={m.bookId}>
                  {m.bookName}
                </option>
              ))}
            </select>
          </div>
        )}
        {currentBook && memberships.some((m) => m.bookId === currentBook && m.role !== 'AUDITOR') && (
          <Link className="button" to={`/books/${currentBook}/record`}>
            {t('record.nav')}
          </Link>
        )}
        <nav className="account" aria-label={t('shell.account')}>
          {me.data && <span className="who">{me.data.displayName}</span>}
          <Link to="/settings/security">{t('settings.nav')}</Link>
          <LanguageSwitch onChange={chooseLanguage} />
          <button type="button" className="button" onClick={() => void leave(false)}>
            {t('shell.signOut')}
          </button>
          <button type="button" className="button" onClick={() => void leave(true)}>
            {t('shell.signOutEverywhere')}
          </button>
        </nav>
      </header>
      <ProblemAlert error={error ?? me.error} />
      <Suspense fallback={null}>
        <OutboxSync />
      </Suspense>
      <main id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
