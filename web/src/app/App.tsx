import { type ReactNode, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { WelcomePage } from '../features/home/WelcomePage.js';
import { NotFoundPage } from '../shared/components/NotFoundPage.js';
import { PageLoader, RequireAuth } from '../shared/components/RequireAuth.js';
import { LanguageSync } from '../shared/i18n/LanguageSync.js';
import { PublicLayout } from '../shared/layout/PublicLayout.js';
import { BACK_OFFICE_NAV, PORTAL_NAV } from './navigation.js';
import * as P from './pages.js';

const canFinance = (role: string) => role === 'finance' || role === 'admin';
const canSupport = (role: string) => role === 'support' || role === 'admin';

const canValidate = (role: string) => role === 'validator' || role === 'admin';
const canSeeSerialConflicts = (role: string) => role === 'support' || role === 'validator' || role === 'admin';
const isAdmin = (role: string) => role === 'admin';
/** A back-office page for the roles `allow` admits. */
const staffOnly = (allow: (role: string) => boolean, page: ReactNode) => (
  <RequireAuth audience="staff" allow={(user) => allow(user.role)}>
    {page}
  </RequireAuth>
);

export function App() {
  return (
    <>
      <LanguageSync />
      <Suspense fallback={<PageLoader />}>
        <Routes>
          <Route element={<PublicLayout />}>
            <Route index element={<WelcomePage />} />
            <Route path="register" element={<P.RegisterPage />} />
            <Route path="register/done" element={<P.RegisterDonePage />} />
            <Route path="terms" element={<P.TermsPage />} />
            <Route path="application/status" element={<P.StatusPage />} />
            <Route path="login" element={<P.LoginPage />} />
            <Route path="forgot-password" element={<P.ForgotPasswordPage />} />
            <Route path="set-password" element={<P.SetPasswordPage />} />
            <Route path="dev/mailbox" element={<P.DevMailboxPage />} />
            <Route path="contact" element={<P.ContactPage />} />
            <Route path="faq" element={<P.FaqPage />} />
            <Route path="faq/:key" element={<P.FaqArticlePage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
          <Route
            path="portal"
            element={
              <RequireAuth audience="customer">
                <P.PortalLayout items={PORTAL_NAV} />
              </RequireAuth>
            }
          >
            <Route index element={<P.CustomerHomePage />} />
            <Route
              path="colleagues"
              element={
                <RequireAuth audience="customer" allow={(user) => user.role === 'superuser'}>
                  <P.ColleaguesPage />
                </RequireAuth>
              }
            />
            <Route path="products" element={<P.MyProductsPage />} />
            <Route path="products/register" element={<P.RegisterProductsPage />} />
            <Route path="products/:id" element={<P.ProductDetailPage />} />
            <Route path="support" element={<P.SupportPage />} />
            <Route path="support/new" element={<P.NewTicketPage />} />
            <Route path="support/:id" element={<P.TicketPage />} />
            <Route path="faq" element={<P.FaqPage />} />
            <Route path="faq/:key" element={<P.FaqArticlePage />} />
            <Route path="membership" element={<P.MembershipPage />} />
            <Route
              path="membership/checkout"
              element={
                <RequireAuth audience="customer" allow={(user) => user.role === 'superuser'}>
                  <P.CheckoutPage />
                </RequireAuth>
              }
            />
            <Route path="membership/card" element={<P.MembershipCardPage />} />
            <Route path="invoices" element={<P.InvoicesPage />} />
            <Route path="account" element={<P.AccountPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
          <Route
            path="back-office"
            element={
              <RequireAuth audience="staff">
                <P.BackOfficeLayout items={BACK_OFFICE_NAV} />
              </RequireAuth>
            }
          >
            <Route index element={<P.BackOfficeHomePage items={BACK_OFFICE_NAV} />} />
            <Route path="two-step" element={<P.TwoStepPage />} />
            <Route path="dashboard" element={staffOnly(canFinance, <P.DashboardPage />)} />
            <Route path="account" element={<P.AccountPage />} />
            <Route
              path="cases"
              element={
                <RequireAuth audience="staff" allow={(user) => canValidate(user.role)}>
                  <P.CaseListPage />
                </RequireAuth>
              }
            />
            <Route
              path="cases/:id"
              element={
                <RequireAuth audience="staff" allow={(user) => canValidate(user.role)}>
                  <P.CaseDetailPage />
                </RequireAuth>
              }
            />
            <Route
              path="serial-conflicts"
              element={
                <RequireAuth audience="staff" allow={(user) => canSeeSerialConflicts(user.role)}>
                  <P.SerialConflictsPage />
                </RequireAuth>
              }
            />
            <Route
              path="catalogue"
              element={
                <RequireAuth audience="staff" allow={(user) => isAdmin(user.role)}>
                  <P.CataloguePage />
                </RequireAuth>
              }
            />
            <Route
              path="legacy-imports"
              element={
                <RequireAuth audience="staff" allow={(user) => isAdmin(user.role)}>
                  <P.LegacyImportsPage />
                </RequireAuth>
              }
            />
            <Route
              path="staff"
              element={
                <RequireAuth audience="staff" allow={(user) => isAdmin(user.role)}>
                  <P.StaffPage />
                </RequireAuth>
              }
            />
            <Route
              path="programme"
              element={
                <RequireAuth audience="staff" allow={(user) => isAdmin(user.role)}>
                  <P.ProgrammePage />
                </RequireAuth>
              }
            />
            <Route path="finance" element={staffOnly(canFinance, <P.FinancePage />)} />
            <Route path="tiers" element={staffOnly(isAdmin, <P.TiersPage />)} />
            <Route path="erasures" element={staffOnly(isAdmin, <P.ErasurePage />)} />
            <Route path="organisations" element={<P.OrganisationSearchPage />} />
            <Route path="organisations/:id" element={<P.OrganisationPage />} />
            <Route
              path="audit"
              element={
                <RequireAuth audience="staff" allow={(user) => isAdmin(user.role)}>
                  <P.AuditLogPage />
                </RequireAuth>
              }
            />
            <Route
              path="tickets"
              element={
                <RequireAuth audience="staff" allow={(user) => canSupport(user.role)}>
                  <P.TicketQueuePage />
                </RequireAuth>
              }
            />
            <Route
              path="tickets/:id"
              element={
                <RequireAuth audience="staff" allow={(user) => canSupport(user.role)}>
                  <P.StaffTicketPage />
                </RequireAuth>
              }
            />
            <Route
              path="faq"
              element={
                <RequireAuth audience="staff" allow={(user) => isAdmin(user.role)}>
                  <P.FaqAdminPage />
                </RequireAuth>
              }
            />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </Suspense>
    </>
  );
}
