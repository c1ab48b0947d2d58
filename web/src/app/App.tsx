import { Route, Routes } from 'react-router';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage.js';
import { LoginPage } from '../features/auth/LoginPage.js';
import { SetPasswordPage } from '../features/auth/SetPasswordPage.js';
import { CaseDetailPage } from '../features/backoffice-cases/CaseDetailPage.js';
import { CaseListPage } from '../features/backoffice-cases/CaseListPage.js';
import { BackOfficeHomePage } from '../features/backoffice-home/BackOfficeHomePage.js';
import { ColleaguesPage } from '../features/colleagues/ColleaguesPage.js';
import { DevMailboxPage } from '../features/dev-mailbox/DevMailboxPage.js';
import { WelcomePage } from '../features/home/WelcomePage.js';
import { PortalHomePage } from '../features/portal/PortalHomePage.js';
import { RegisterDonePage } from '../features/registration/RegisterDonePage.js';
import { RegisterPage } from '../features/registration/RegisterPage.js';
import { StatusPage } from '../features/registration/StatusPage.js';
import { NotFoundPage } from '../shared/components/NotFoundPage.js';
import { RequireAuth } from '../shared/components/RequireAuth.js';
import { LanguageSync } from '../shared/i18n/LanguageSync.js';
import { BackOfficeLayout } from '../shared/layout/BackOfficeLayout.js';
import { PortalLayout } from '../shared/layout/PortalLayout.js';
import { PublicLayout } from '../shared/layout/PublicLayout.js';
import { BACK_OFFICE_NAV, PORTAL_NAV } from './navigation.js';

const canValidate = (role: string) => role === 'validator' || role === 'admin';

export function App() {
  return (
    <>
      <LanguageSync />
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
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </>
  );
}
