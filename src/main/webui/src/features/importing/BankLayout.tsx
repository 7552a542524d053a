import { lazy, Suspense } from 'react';
import { NavLink, Route, Routes, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useActor } from '../ledger/useBookData';
import { keepsBank } from './access';
import './importing.css';

const InboxPage = lazy(() => import('./InboxPage'));
const UploadPage = lazy(() => import('./UploadPage'));
const RulesPage = lazy(() => import('./RulesPage'));
const ReconciliationPage = lazy(() => import('./ReconciliationPage'));

/**
 * Bank statements of a book (ADR 0019): the inbox of bank lines, the upload, the rules and the
 * reconciliation, each under /books/{id}/bank/…. Its own sub-routes, so the app's router has one line.
 * Upload is offered to those who may import; the API refuses anyone else (a member's 403 is shown).
 */
export default function BankLayout() {
  const { t } = useTranslation();
  const { bookId = '' } = useParams();
  const { actor } = useActor(bookId);
  const base = `/books/${bookId}/bank`;
  return (
    <section className="bank">
      <nav className="bank-nav" aria-label={t('importing.nav.label')}>
        <NavLink to={base} end>
          {t('importing.nav.inbox')}
        </NavLink>
        {keepsBank(actor?.role) && <NavLink to={`${base}/upload`}>{t('importing.nav.upload')}</NavLink>}
        <NavLink to={`${base}/rules`}>{t('importing.nav.rules')}</NavLink>
        <NavLink to={`${base}/reconciliation`}>{t('importing.nav.reconciliation')}</NavLink>
      </nav>
      <Suspense
        fallback={
          <p className="loading" role="status">
            {t('common.loading')}
          </p>
        }
      >
        <Routes>
          <Route index element={<InboxPage />} />
          <Route path="upload" element={<UploadPage />} />
          <Route path="rules" element={<RulesPage />} />
          <Route path="reconciliation" element={<ReconciliationPage />} />
        </Routes>
      </Suspense>
    </section>
  );
}
