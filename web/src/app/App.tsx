import { lazy, type ReactNode, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { WelcomePage } from '../features/home/WelcomePage.js';
import { NotFoundPage } from '../shared/components/NotFoundPage.js';
import { PageLoader, RequireAuth } from '../shared/components/RequireAuth.js';
import { LanguageSync } from '../shared/i18n/LanguageSync.js';
import { PublicLayout } from '../shared/layout/PublicLayout.js';
import { BACK_OFFICE_NAV, PORTAL_NAV } from './navigation.js';

/*
 * Only the public shell and the landing page are in the first download; every other page (the
 * sign-in forms with their form and schema libraries, the customer portal, the back office) is a
 * chunk of its own, loaded when its route is visited. scripts/bundle-budget.mjs keeps it so.
 */
const LoginPage = lazy(() => import('../features/auth/LoginPage.js').then((m) => ({ default: m.LoginPage })));
const ForgotPasswordPage = lazy(() =>
  import('../features/auth/ForgotPasswordPage.js').then((m) => ({ default: m.ForgotPasswordPage })),
);
const SetPasswordPage = lazy(() =>
  import('../features/auth/SetPasswordPage.js').then((m) => ({ default: m.SetPasswordPage })),
);
const PortalLayout = lazy(() => import('../shared/layout/PortalLayout.js').then((m) => ({ default: m.PortalLayout })));
const CustomerHomePage = lazy(() =>
  import('../features/home/CustomerHomePage.js').then((m) => ({ default: m.CustomerHomePage })),
);
const BackOfficeLayout = lazy(() =>
  import('../shared/layout/BackOfficeLayout.js').then((m) => ({ default: m.BackOfficeLayout })),
);
const BackOfficeHomePage = lazy(() =>
  import('../features/backoffice-home/BackOfficeHomePage.js').then((m) => ({ default: m.BackOfficeHomePage })),
);

const DashboardPage = lazy(() =>
  import('../features/backoffice-dashboard/DashboardPage.js').then((m) => ({ default: m.DashboardPage })),
);
const CaseDetailPage = lazy(() =>
  import('../features/backoffice-cases/CaseDetailPage.js').then((m) => ({ default: m.CaseDetailPage })),
);
const CaseListPage = lazy(() =>
  import('../features/backoffice-cases/CaseListPage.js').then((m) => ({ default: m.CaseListPage })),
);
const ColleaguesPage = lazy(() =>
  import('../features/colleagues/ColleaguesPage.js').then((m) => ({ default: m.ColleaguesPage })),
);
const DevMailboxPage = lazy(() =>
  import('../features/dev-mailbox/DevMailboxPage.js').then((m) => ({ default: m.DevMailboxPage })),
);
const RegisterDonePage = lazy(() =>
  import('../features/registration/RegisterDonePage.js').then((m) => ({ default: m.RegisterDonePage })),
);
const RegisterPage = lazy(() =>
  import('../features/registration/RegisterPage.js').then((m) => ({ default: m.RegisterPage })),
);
const TermsPage = lazy(() => import('../features/registration/TermsPage.js').then((m) => ({ default: m.TermsPage })));
const StatusPage = lazy(() =>
  import('../features/registration/StatusPage.js').then((m) => ({ default: m.StatusPage })),
);

const MyProductsPage = lazy(() =>
  import('../features/products/MyProductsPage.js').then((m) => ({ default: m.MyProductsPage })),
);
const RegisterProductsPage = lazy(() =>
  import('../features/products/RegisterProductsPage.js').then((m) => ({ default: m.RegisterProductsPage })),
);
const ProductDetailPage = lazy(() =>
  import('../features/products/ProductDetailPage.js').then((m) => ({ default: m.ProductDetailPage })),
);
const SerialConflictsPage = lazy(() =>
  import('../features/backoffice-serial-conflicts/SerialConflictsPage.js').then((m) => ({
    default: m.SerialConflictsPage,
  })),
);
const CataloguePage = lazy(() =>
  import('../features/backoffice-catalogue/CataloguePage.js').then((m) => ({ default: m.CataloguePage })),
);
const LegacyImportsPage = lazy(() =>
  import('../features/backoffice-legacy/LegacyImportsPage.js').then((m) => ({ default: m.LegacyImportsPage })),
);
const StaffPage = lazy(() =>
  import('../features/backoffice-staff/StaffPage.js').then((m) => ({ default: m.StaffPage })),
);
const ProgrammePage = lazy(() =>
  import('../features/backoffice-programme/ProgrammePage.js').then((m) => ({ default: m.ProgrammePage })),
);
const MembershipPage = lazy(() =>
  import('../features/membership/MembershipPage.js').then((m) => ({ default: m.MembershipPage })),
);
const CheckoutPage = lazy(() =>
  import('../features/membership/CheckoutPage.js').then((m) => ({ default: m.CheckoutPage })),
);
const MembershipCardPage = lazy(() =>
  import('../features/membership/MembershipCardPage.js').then((m) => ({ default: m.MembershipCardPage })),
);

const SupportPage = lazy(() => import('../features/support/SupportPage.js').then((m) => ({ default: m.SupportPage })));
const NewTicketPage = lazy(() =>
  import('../features/support/NewTicketPage.js').then((m) => ({ default: m.NewTicketPage })),
);
const TicketPage = lazy(() => import('../features/support/TicketPage.js').then((m) => ({ default: m.TicketPage })));
const ContactPage = lazy(() => import('../features/support/ContactPage.js').then((m) => ({ default: m.ContactPage })));
const FaqPage = lazy(() => import('../features/faq/FaqPage.js').then((m) => ({ default: m.FaqPage })));
const FaqArticlePage = lazy(() =>
  import('../features/faq/FaqArticlePage.js').then((m) => ({ default: m.FaqArticlePage })),
);
const TicketQueuePage = lazy(() =>
  import('../features/support-staff/TicketQueuePage.js').then((m) => ({ default: m.TicketQueuePage })),
);
const StaffTicketPage = lazy(() =>
  import('../features/support-staff/StaffTicketPage.js').then((m) => ({ default: m.StaffTicketPage })),
);
const FaqAdminPage = lazy(() =>
  import('../features/support-staff/FaqAdminPage.js').then((m) => ({ default: m.FaqAdminPage })),
);
const TiersPage = lazy(() =>
  import('../features/backoffice-tiers/TiersPage.js').then((m) => ({ default: m.TiersPage })),
);
const InvoicesPage = lazy(() =>
  import('../features/invoices/InvoicesPage.js').then((m) => ({ default: m.InvoicesPage })),
);
const FinancePage = lazy(() =>
  import('../features/backoffice-finance/FinancePage.js').then((m) => ({ default: m.FinancePage })),
);
const ErasurePage = lazy(() =>
  import('../features/backoffice-privacy/ErasurePage.js').then((m) => ({ default: m.ErasurePage })),
);
const AuditLogPage = lazy(() =>
  import('../features/backoffice-audit/AuditLogPage.js').then((m) => ({ default: m.AuditLogPage })),
);
const AccountPage = lazy(() => import('../features/account/AccountPage.js').then((m) => ({ default: m.AccountPage })));
const TwoStepPage = lazy(() => import('../features/two-step/TwoStepPage.js').then((m) => ({ default: m.TwoStepPage })));
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
            <Route path="register" element={<RegisterPage />} />
            <Route path="register/done" element={<RegisterDonePage />} />
            <Route path="terms" element={<TermsPage />} />
            <Route path="application/status" element={<StatusPage />} />
            <Route path="login" element={<LoginPage />} />
            <Route path="forgot-password" element={<ForgotPasswordPage />} />
            <Route path="set-password" element={<SetPasswordPage />} />
            <Route path="dev/mailbox" element={<DevMailboxPage />} />
            <Route path="contact" element={<ContactPage />} />
            <Route path="faq" element={<FaqPage />} />
            <Route path="faq/:key" element={<FaqArticlePage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
          <Route
            path="portal"
            element={
              <RequireAuth audience="customer">
                <PortalLayout items={PORTAL_NAV} />
              </RequireAuth>
            }
          >
            <Route index element={<CustomerHomePage />} />
            <Route
              path="colleagues"
              element={
                <RequireAuth audience="customer" allow={(user) => user.role === 'superuser'}>
                  <ColleaguesPage />
                </RequireAuth>
              }
            />
            <Route path="products" element={<MyProductsPage />} />
            <Route path="products/register" element={<RegisterProductsPage />} />
            <Route path="products/:id" element={<ProductDetailPage />} />
            <Route path="support" element={<SupportPage />} />
            <Route path="support/new" element={<NewTicketPage />} />
            <Route path="support/:id" element={<TicketPage />} />
            <Route path="faq" element={<FaqPage />} />
            <Route path="faq/:key" element={<FaqArticlePage />} />
            <Route path="membership" element={<MembershipPage />} />
            <Route
              path="membership/checkout"
              element={
                <RequireAuth audience="customer" allow={(user) => user.role === 'superuser'}>
                  <CheckoutPage />
                </RequireAuth>
              }
            />
            <Route path="membership/card" element={<MembershipCardPage />} />
            <Route path="invoices" element={<InvoicesPage />} />
            <Route path="account" element={<AccountPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
          <Route
            path="back-office"
            element={
              <RequireAuth audience="staff">
                <BackOfficeLayout items={BACK_OFFICE_NAV} />
              </RequireAuth>
            }
          >
            <Route index element={<BackOfficeHomePage items={BACK_OFFICE_NAV} />} />
            <Route path="two-step" element={<TwoStepPage />} />
            <Route path="dashboard" element={staffOnly(canFinance, <DashboardPage />)} />
            <Route path="account" element={<AccountPage />} />
            <Route
              path="cases"
              element={
                <RequireAuth audience="staff" allow={(user) => canValidate(user.role)}>
                  <CaseListPage />
                </RequireAuth>
              }
            />
            <Route
              path="cases/:id"
              element={
                <RequireAuth audience="staff" allow={(user) => canValidate(user.role)}>
                  <CaseDetailPage />
                </RequireAuth>
              }
            />
            <Route
              path="serial-conflicts"
              element={
                <RequireAuth audience="staff" allow={(user) => canSeeSerialConflicts(user.role)}>
                  <SerialConflictsPage />
                </RequireAuth>
              }
            />
            <Route
              path="catalogue"
              element={
                <RequireAuth audience="staff" allow={(user) => isAdmin(user.role)}>
                  <CataloguePage />
                </RequireAuth>
              }
            />
            <Route
              path="legacy-imports"
              element={
                <RequireAuth audience="staff" allow={(user) => isAdmin(user.role)}>
                  <LegacyImportsPage />
                </RequireAuth>
              }
            />
            <Route
              path="staff"
              element={
                <RequireAuth audience="staff" allow={(user) => isAdmin(user.role)}>
                  <StaffPage />
                </RequireAuth>
              }
            />
            <Route
              path="programme"
              element={
                <RequireAuth audience="staff" allow={(user) => isAdmin(user.role)}>
                  <ProgrammePage />
                </RequireAuth>
              }
            />
            <Route path="finance" element={staffOnly(canFinance, <FinancePage />)} />
            <Route path="tiers" element={staffOnly(isAdmin, <TiersPage />)} />
            <Route path="erasures" element={staffOnly(isAdmin, <ErasurePage />)} />
            <Route
              path="audit"
              element={
                <RequireAuth audience="staff" allow={(user) => isAdmin(user.role)}>
                  <AuditLogPage />
                </RequireAuth>
              }
            />
            <Route
              path="tickets"
              element={
                <RequireAuth audience="staff" allow={(user) => canSupport(user.role)}>
                  <TicketQueuePage />
                </RequireAuth>
              }
            />
            <Route
              path="tickets/:id"
              element={
                <RequireAuth audience="staff" allow={(user) => canSupport(user.role)}>
                  <StaffTicketPage />
                </RequireAuth>
              }
            />
            <Route
              path="faq"
              element={
                <RequireAuth audience="staff" allow={(user) => isAdmin(user.role)}>
                  <FaqAdminPage />
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
