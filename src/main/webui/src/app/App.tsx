import { lazy, Suspense } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/problem';
import { SessionProvider } from './SessionProvider';
import { RequireSession } from './RequireSession';
import { Shell } from './Shell';
import { NotFoundPage } from './NotFoundPage';
import { SignInPage } from '../features/sign-in/SignInPage';

const ForgotPasswordPage = lazy(() => import('../features/sign-in/ForgotPasswordPage'));
const AcceptInvitationPage = lazy(() => import('../features/mail-links/AcceptInvitationPage'));
const ConfirmEmailPage = lazy(() => import('../features/mail-links/ConfirmEmailPage'));
const ResetPasswordPage = lazy(() => import('../features/mail-links/ResetPasswordPage'));
const HomePage = lazy(() => import('../features/dashboard/HomePage'));
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));
const LedgerPage = lazy(() => import('../features/ledger/LedgerPage'));
const TransactionDetailPage = lazy(() => import('../features/ledger/TransactionDetailPage'));
const ApprovalsPage = lazy(() => import('../features/ledger/ApprovalsPage'));
const AdvancesPage = lazy(() => import('../features/ledger/AdvancesPage'));
const RecordPage = lazy(() => import('../features/record/RecordPage'));
const SecuritySettingsPage = lazy(() => import('../features/settings/SecuritySettingsPage'));
const InboxPage = lazy(() => import('../features/notifications/InboxPage'));
const NotificationSettingsPage = lazy(() => import('../features/notifications/NotificationSettingsPage'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx is an answer (not found, forbidden): asking again would not change it.
      retry: (count, error) => !(error instanceof ApiProblem && error.status < 500) && count < 2,
      refetchOnWindowFocus: true,
    },
  },
});

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <BrowserRouter>
          <Suspense fallback={<Loading />}>
            <Routes>
              <Route path="/sign-in" element={<SignInPage />} />
              <Route path="/forgot-password" element={<ForgotPasswordPage />} />
              <Route path="/accept-invitation" element={<AcceptInvitationPage />} />
              <Route path="/verify-email" element={<ConfirmEmailPage kind="verify" />} />
              <Route path="/confirm-email-change" element={<ConfirmEmailPage kind="change" />} />
              <Route path="/reset-password" element={<ResetPasswordPage />} />
              <Route
                element={
                  <RequireSession>
                    <Shell />
                  </RequireSession>
                }
              >
                <Route index element={<HomePage />} />
                <Route path="/books/:bookId" element={<DashboardPage />} />
                <Route path="/books/:bookId/transactions" element={<LedgerPage />} />
                <Route path="/books/:bookId/transactions/:id" element={<TransactionDetailPage />} />
                <Route path="/books/:bookId/approvals" element={<ApprovalsPage />} />
                <Route path="/books/:bookId/advances" element={<AdvancesPage />} />
                <Route path="/books/:bookId/record" element={<RecordPage />} />
                <Route path="/settings/security" element={<SecuritySettingsPage />} />
                <Route path="/notifications" element={<InboxPage />} />
                <Route path="/settings/notifications" element={<NotificationSettingsPage />} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Suspense>
        </BrowserRouter>
      </SessionProvider>
    </QueryClientProvider>
  );
}
