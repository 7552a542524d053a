import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The two reports of a book, side by side. */
export function ReportsNav({ bookId }: { bookId: string }) {
  const { t } = useTranslation();
  return (
    <nav className="reports-nav" aria-label={t('reports.nav.label')}>
      <NavLink to={`/books/${bookId}/reports`} end>
        {t('reports.nav.transparency')}
      </NavLink>
      <NavLink to={`/books/${bookId}/reports/expenses`}>{t('reports.nav.expenses')}</NavLink>
    </nav>
  );
}
