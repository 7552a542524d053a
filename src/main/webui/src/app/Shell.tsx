import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useMatch, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { mayAdminister } from '../features/book-admin/access';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useBook } from '../features/ledger/useBookData';
import { useSession } from './SessionProvider';
import { useLanguageChoice, useMe } from './useMe';
import { yearEndScreens } from '../features/ledger/permissions';
import { keepsBank } from '../features/importing/access';

/** The screens of a book, in the order of the navigation. */
const BOOK_SCREENS = [
  { path: '', key: 'dashboard', end: true },
  { path: '/transactions', key: 'ledger', end: false },
  { path: '/approvals', key: 'approvals', end: false },
  { path: '/advances', key: 'advances', end: false },
  { path: '/budgets', key: 'budgets', end: false },
  { path: '/recurring', key: 'recurring', end: false },
] as const;
const BALANCES = { path: '/balances', key: 'balances', end: false } as const;
/** Bank statements (importing feature): for those who import and match, treasurer and admin. */
const BANK = { path: '/bank', key: 'bank', end: false } as const;

/** The year end's screens, each shown only to the roles that use it (yearEndScreens). */
const YEAR_END_SCREENS = [
  { path: '/periods', key: 'periods', end: false },
  { path: '/reports', key: 'reports', end: false },
  { path: '/audit', key: 'audit', end: false },
] as const;

/** A household's main screen is its budgets: first in its navigation; caucuses and groups keep theirs last. */
function screensFor<S extends { key: string }>(kind: string | undefined, screens: readonly S[]): readonly S[] {
  if (kind !== 'HOUSEHOLD') return screens;
  return [...screens.filter((s) => s.key === 'budgets'), ...screens.filter((s) => s.key !== 'budgets')];
}

/**
 * The frame after sign-in: the book's navigation, book switcher, language, sign-out; the screen in the
 * middle. On a phone the switcher and the account controls fold behind a menu button, so the header
 * keeps two rows (brand + menu, the book's navigation).
 */

// Its own small chunk: what waits on this device is sent from every screen, not only the record screen.
const OutboxSync = lazy(() => import('../features/record/OutboxSync'));
// The bell and the live-update socket (notifications feature), each its own small chunk.
const NotificationBell = lazy(() => import('../features/notifications/NotificationBell'));
const LiveUpdates = lazy(() => import('../features/notifications/LiveUpdates'));

export function Shell() {
  const { t } = useTranslation();
  const me = useMe();
  const { signOut, signOutEverywhere } = useSession();
  const chooseLanguage = useLanguageChoice();
  const navigate = useNavigate();
  const location = useLocation();
  const bookMatch = useMatch('/books/:bookId/*');
  const currentBook = bookMatch?.params.bookId ?? '';
  const [error, setError] = useState<unknown>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const memberships = me.data?.memberships ?? [];
  const inMyBook = memberships.some((m) => m.bookId === currentBook);
  // Auditors read; everyone else records (what a member may record, the record screen and the API decide).
  const canRecord = memberships.some((m) => m.bookId === currentBook && m.role !== 'AUDITOR');
  // Administration only for the roles that may use it (book-admin/access.ts); the API checks again.
  const canAdminister = mayAdminister(memberships.find((m) => m.bookId === currentBook)?.role);
  const membership = memberships.find((m) => m.bookId === currentBook);
  const yearEnd = yearEndScreens(
    me.data?.id && membership?.role ? { userId: me.data.id, role: membership.role, signatory: !!membership.signatory } : undefined,
  );

  useEffect(() => setMenuOpen(false), [location.pathname]);

  // Balances belong to GROUP books, and to any other book once something in it is split (or advanced).
  const book = useBook(currentBook, inMyBook);
  const group = book.data?.kind === 'GROUP';
  const splits = useQuery({
    queryKey: ['books', currentBook, 'split-balances'],
    queryFn: () => unwrap(api.GET('/api/v1/books/{bookId}/split-balances', { params: { path: { bookId: currentBook } } })),
    enabled: inMyBook && book.isSuccess && !group,
    staleTime: 60_000,
  });
  const screens = group || (splits.data ?? []).length > 0 ? [...BOOK_SCREENS, BALANCES] : BOOK_SCREENS;
  // The book's navigation grows as /me, the book and its split balances arrive (a phone wraps it onto more
  // lines). The screen is rendered at once, so its own requests start, but shown only when the navigation
  // above it has settled: content that jumps down as links appear is what a phone user mis-taps on (and
  // Lighthouse's layout-shift score).
  const navSettled = !me.isPending && (!inMyBook || (!book.isPending && (group || book.isError || !splits.isPending)));

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
        <div className="shell-top">
          <span className="brand">{t('app.name')}</span>
          {canRecord && (
            <Link className="button primary record-link" to={`/books/${currentBook}/record`}>
              {t('record.nav')}
            </Link>
          )}
          <Suspense fallback={null}>
            <NotificationBell />
          </Suspense>
          <button
            type="button"
            className="button menu-button"
            aria-expanded={menuOpen}
            aria-controls="shell-menu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            {t('shell.menu')}
          </button>
          <div id="shell-menu" className={menuOpen ? 'shell-menu open' : 'shell-menu'}>
            {memberships.length > 0 && (
              <div className="book-switcher">
                <label htmlFor="book-switcher">{t('shell.book')}</label>
                <select id="book-switcher" value={currentBook} onChange={(e) => navigate(e.target.value ? `/books/${e.target.value}` : '/')}>
                  {!inMyBook && <option value="">{t('shell.chooseBook')}</option>}
                  {memberships.map((m) => (
                    <option key={m.bookId} value={m.bookId}>
                      {m.bookName}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <nav className="account" aria-label={t('shell.account')}>
              {me.data && <span className="who">{me.data.displayName}</span>}
              <Link to="/settings/profile">{t('settings.nav')}</Link>
              <Link to="/books/new">{t('newBook.nav')}</Link>
              {me.data?.instanceAdmin && <Link to="/admin">{t('admin.nav')}</Link>}
              <LanguageSwitch onChange={chooseLanguage} />
              <button type="button" className="button" onClick={() => void leave(false)}>
                {t('shell.signOut')}
              </button>
              <button type="button" className="button" onClick={() => void leave(true)}>
                {t('shell.signOutEverywhere')}
              </button>
            </nav>
          </div>
        </div>
        {inMyBook && (
          <nav className="book-nav" aria-label={t('shell.bookNav')}>
            <ul>
              {screensFor(book.data?.kind, [...screens, ...(keepsBank(membership?.role) ? [BANK] : []), ...YEAR_END_SCREENS.filter((s) => yearEnd.includes(s.key))]).map((s) => (
                <li key={s.key}>
                  <NavLink to={`/books/${currentBook}${s.path}`} end={s.end}>
                    {t(`shell.nav.${s.key}`)}
                  </NavLink>
                </li>
              ))}
              {canAdminister && (
                <li>
                  <NavLink to={`/books/${currentBook}/admin`}>{t('bookAdmin.nav')}</NavLink>
                </li>
              )}
            </ul>
          </nav>
        )}
      </header>
      <ProblemAlert error={error ?? me.error} />
      <Suspense fallback={null}>
        <OutboxSync />
        <LiveUpdates />
      </Suspense>
      <main id="main" className={navSettled ? 'content' : 'content settling'} tabIndex={-1}>
        {/* The screens are split out: the header stays while the next screen's code arrives. */}
        <Suspense
          fallback={
            <p className="loading" role="status">
              {t('common.loading')}
            </p>
          }
        >
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
