import { lazy, Suspense } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/problem';
import { SessionProvider } from './SessionProvider';
import { RequireSession } from './RequireSession';
import { Shell } from './Shell';
import { NotFoundPage } from './NotFoundPage';

// The screens a cold load most often opens: their chunks are asked for at start (prefetchScreen), while
// the session is still being restored, instead of after it.
const loadSignIn = () => import('../features/sign-in/SignInPage').then((m) => ({ default: m.SignInPage }));
const loadHome = () => import('../features/dashboard/HomePage');
const loadDashboard = () => import('../features/dashboard/DashboardPage');
const loadLedger = () => import('../features/ledger/LedgerPage');
const loadRecord = () => import('../features/record/RecordPage');
const SignInPage = lazy(loadSignIn);

const ForgotPasswordPage = lazy(() => import('../features/sign-in/ForgotPasswordPage'));
const AcceptInvitationPage = lazy(() => import('../features/mail-links/AcceptInvitationPage'));
const ConfirmEmailPage = lazy(() => import('../features/mail-links/ConfirmEmailPage'));
const ResetPasswordPage = lazy(() => import('../features/mail-links/ResetPasswordPage'));
const HomePage = lazy(loadHome);
const DashboardPage = lazy(loadDashboard);
const LedgerPage = lazy(loadLedger);
const TransactionDetailPage = lazy(() => import('../features/ledger/TransactionDetailPage'));
const ApprovalsPage = lazy(() => import('../features/ledger/ApprovalsPage'));
const AdvancesPage = lazy(() => import('../features/ledger/AdvancesPage'));
const RecordPage = lazy(loadRecord);
const BalancesPage = lazy(() => import('../features/splitting/BalancesPage'));
const SecuritySettingsPage = lazy(() => import('../features/settings/SecuritySettingsPage'));
const SettingsLayout = lazy(() => import('../features/settings/SettingsLayout'));
const ProfilePage = lazy(() => import('../features/settings/ProfilePage'));
const SessionsPage = lazy(() => import('../features/settings/SessionsPage'));
const BookAdminLayout = lazy(() => import('../features/book-admin/BookAdminLayout'));
const MembersPage = lazy(() => import('../features/book-admin/MembersPage'));
const AccountsPage = lazy(() => import('../features/book-admin/AccountsPage'));
const CategoriesPage = lazy(() => import('../features/book-admin/CategoriesPage'));
const InventoryPage = lazy(() => import('../features/book-admin/InventoryPage'));
const BookSettingsPage = lazy(() => import('../features/book-admin/BookSettingsPage'));
const AdminLayout = lazy(() => import('../features/admin/AdminLayout'));
const UsersPage = lazy(() => import('../features/admin/UsersPage'));
const UserEventsPage = lazy(() => import('../features/admin/UserEventsPage'));
const BackupsPage = lazy(() => import('../features/admin/BackupsPage'));
const RestorePage = lazy(() => import('../features/admin/RestorePage'));
const PasskeysPage = lazy(() => import('../features/passkeys/PasskeysPage'));
const NewBookPage = lazy(() => import('../features/books/NewBookForm'));

const FIRST_SCREENS: [RegExp, () => Promise<unknown>][] = [
  [/^\/$/, loadHome],
  [/^\/sign-in\/?$/, loadSignIn],
  [/^\/books\/[^/]+\/?$/, loadDashboard],
  [/^\/books\/[^/]+\/transactions\/?$/, loadLedger],
  [/^\/books\/[^/]+\/record\/?$/, loadRecord],
];

/** Starts fetching the code of the screen at `pathname` (the module cache keeps it for `lazy`). */
export function prefetchScreen(pathname: string) {
  void FIRST_SCREENS.find(([path]) => path.test(pathname))?.[1]().catch(() => undefined);
}

prefetchScreen(window.location.pathname);
const PeriodsPage = lazy(() => import('../features/periods/PeriodsPage'));
const TransparencyReportPage = lazy(() => import('../features/reports/TransparencyReportPage'));
const ExpenseReportPage = lazy(() => import('../features/reports/ExpenseReportPage'));
const AuditLogPage = lazy(() => import('../features/audit/AuditLogPage'));
const BudgetsPage = lazy(() => import('../features/budgets/BudgetsPage'));
const BudgetEditorPage = lazy(() => import('../features/budgets/BudgetEditorPage'));
const RecurringPage = lazy(() => import('../features/recurring/RecurringPage'));
const RecurringEditorPage = lazy(() => import('../features/recurring/RecurringEditorPage'));
const InboxPage = lazy(() => import('../features/notifications/InboxPage'));
const NotificationSettingsPage = lazy(() => import('../features/notifications/NotificationSettingsPage'));
const BankLayout = lazy(() => import('../features/importing/BankLayout'));

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
                <Route path="/books/new" element={<NewBookPage />} />
                <Route path="/books/:bookId" element={<DashboardPage />} />
                <Route path="/books/:bookId/transactions" element={<LedgerPage />} />
                <Route path="/books/:bookId/transactions/:id" element={<TransactionDetailPage />} />
                <Route path="/books/:bookId/approvals" element={<ApprovalsPage />} />
                <Route path="/books/:bookId/advances" element={<AdvancesPage />} />
                <Route path="/books/:bookId/record" element={<RecordPage />} />
                <Route path="/books/:bookId/balances" element={<BalancesPage />} />
                <Route path="/settings" element={<SettingsLayout />}>
                  <Route index element={<Navigate to="/settings/profile" replace />} />
                  <Route path="profile" element={<ProfilePage />} />
                  <Route path="security" element={<SecuritySettingsPage />} />
                  <Route path="passkeys" element={<PasskeysPage />} />
                  <Route path="sessions" element={<SessionsPage />} />
                  <Route path="notifications" element={<NotificationSettingsPage />} />
                  {/* Further settings screens (passkeys, notifications) here, their link in features/settings/sections.ts. */}
                </Route>
                <Route path="/books/:bookId/admin" element={<BookAdminLayout />}>
                  <Route path="members" element={<MembersPage />} />
                  <Route path="accounts" element={<AccountsPage />} />
                  <Route path="categories" element={<CategoriesPage />} />
                  <Route path="inventory" element={<InventoryPage />} />
                  <Route path="settings" element={<BookSettingsPage />} />
                </Route>
                <Route path="/admin" element={<AdminLayout />}>
                  <Route path="users" element={<UsersPage />} />
                  <Route path="users/:userId/events" element={<UserEventsPage />} />
                  <Route path="backups" element={<BackupsPage />} />
                  <Route path="restore" element={<RestorePage />} />
                </Route>
                <Route path="/books/:bookId/periods" element={<PeriodsPage />} />
                <Route path="/books/:bookId/reports" element={<TransparencyReportPage />} />
                <Route path="/books/:bookId/reports/expenses" element={<ExpenseReportPage />} />
                <Route path="/books/:bookId/audit" element={<AuditLogPage />} />
                <Route path="/books/:bookId/budgets" element={<BudgetsPage />} />
                <Route path="/books/:bookId/budgets/:budgetId" element={<BudgetEditorPage />} />
                <Route path="/books/:bookId/recurring" element={<RecurringPage />} />
                <Route path="/books/:bookId/recurring/:recurringId" element={<RecurringEditorPage />} />
                <Route path="/notifications" element={<InboxPage />} />
                <Route path="/books/:bookId/bank/*" element={<BankLayout />} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Suspense>
        </BrowserRouter>
      </SessionProvider>
    </QueryClientProvider>
  );
}
