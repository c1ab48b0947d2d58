import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage.js';
import { LoginPage } from '../features/auth/LoginPage.js';
import { SetPasswordPage } from '../features/auth/SetPasswordPage.js';
import { BackOfficeHomePage } from '../features/backoffice-home/BackOfficeHomePage.js';
import { WelcomePage } from '../features/home/WelcomePage.js';
import { PortalHomePage } from '../features/portal/PortalHomePage.js';
import { NotFoundPage } from '../shared/components/NotFoundPage.js';
import { PageLoader, RequireAuth } from '../shared/components/RequireAuth.js';
import { LanguageSync } from '../shared/i18n/LanguageSync.js';
import { BackOfficeLayout } from '../shared/layout/BackOfficeLayout.js';
import { PortalLayout } from '../shared/layout/PortalLayout.js';
import { PublicLayout } from '../shared/layout/PublicLayout.js';
import { BACK_OFFICE_NAV, PORTAL_NAV } from './navigation.js';

/** Pages outside the first visit are loaded on demand to keep the start small. */
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

const canValidate = (role: string) => role === 'validator' || role === 'admin';
const canSeeSerialConflicts = (role: string) => role === 'support' || role === 'validator' || role === 'admin';
const isAdmin = (role: string) => role === 'admin';

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
            <Route path="application/status" element={<StatusPage />} />
            <Route path="login" element={<LoginPage />} />
            <Route path="forgot-password" element={<ForgotPasswordPage />} />
            <Route path="set-password" element={<SetPasswordPage />} />
            <Route path="dev/mailbox" element={<DevMailboxPage />} />
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
            <Route index element={<PortalHomePage />} />
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
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </Suspense>
    </>
  );
}
