import { lazy } from 'react';

/*
 * Only the public shell and the landing page are in the first download; every other page (the
 * sign-in forms with their form and schema libraries, the customer portal, the back office) is a
 * chunk of its own, loaded when its route is visited. scripts/bundle-budget.mjs keeps it so.
 */
export const LoginPage = lazy(() => import('../features/auth/LoginPage.js').then((m) => ({ default: m.LoginPage })));
export const ForgotPasswordPage = lazy(() =>
  import('../features/auth/ForgotPasswordPage.js').then((m) => ({ default: m.ForgotPasswordPage })),
);
export const SetPasswordPage = lazy(() =>
  import('../features/auth/SetPasswordPage.js').then((m) => ({ default: m.SetPasswordPage })),
);
export const PortalLayout = lazy(() =>
  import('../shared/layout/PortalLayout.js').then((m) => ({ default: m.PortalLayout })),
);
export const CustomerHomePage = lazy(() =>
  import('../features/home/CustomerHomePage.js').then((m) => ({ default: m.CustomerHomePage })),
);
export const BackOfficeLayout = lazy(() =>
  import('../shared/layout/BackOfficeLayout.js').then((m) => ({ default: m.BackOfficeLayout })),
);
export const BackOfficeHomePage = lazy(() =>
  import('../features/backoffice-home/BackOfficeHomePage.js').then((m) => ({ default: m.BackOfficeHomePage })),
);

export const DashboardPage = lazy(() =>
  import('../features/backoffice-dashboard/DashboardPage.js').then((m) => ({ default: m.DashboardPage })),
);
export const CaseDetailPage = lazy(() =>
  import('../features/backoffice-cases/CaseDetailPage.js').then((m) => ({ default: m.CaseDetailPage })),
);
export const CaseListPage = lazy(() =>
  import('../features/backoffice-cases/CaseListPage.js').then((m) => ({ default: m.CaseListPage })),
);
export const ColleaguesPage = lazy(() =>
  import('../features/colleagues/ColleaguesPage.js').then((m) => ({ default: m.ColleaguesPage })),
);
export const DevMailboxPage = lazy(() =>
  import('../features/dev-mailbox/DevMailboxPage.js').then((m) => ({ default: m.DevMailboxPage })),
);
export const RegisterDonePage = lazy(() =>
  import('../features/registration/RegisterDonePage.js').then((m) => ({ default: m.RegisterDonePage })),
);
export const RegisterPage = lazy(() =>
  import('../features/registration/RegisterPage.js').then((m) => ({ default: m.RegisterPage })),
);
export const TermsPage = lazy(() =>
  import('../features/registration/TermsPage.js').then((m) => ({ default: m.TermsPage })),
);
export const StatusPage = lazy(() =>
  import('../features/registration/StatusPage.js').then((m) => ({ default: m.StatusPage })),
);

export const MyProductsPage = lazy(() =>
  import('../features/products/MyProductsPage.js').then((m) => ({ default: m.MyProductsPage })),
);
export const RegisterProductsPage = lazy(() =>
  import('../features/products/RegisterProductsPage.js').then((m) => ({ default: m.RegisterProductsPage })),
);
export const ProductDetailPage = lazy(() =>
  import('../features/products/ProductDetailPage.js').then((m) => ({ default: m.ProductDetailPage })),
);
export const SerialConflictsPage = lazy(() =>
  import('../features/backoffice-serial-conflicts/SerialConflictsPage.js').then((m) => ({
    default: m.SerialConflictsPage,
  })),
);
export const CataloguePage = lazy(() =>
  import('../features/backoffice-catalogue/CataloguePage.js').then((m) => ({ default: m.CataloguePage })),
);
export const LegacyImportsPage = lazy(() =>
  import('../features/backoffice-legacy/LegacyImportsPage.js').then((m) => ({ default: m.LegacyImportsPage })),
);
export const StaffPage = lazy(() =>
  import('../features/backoffice-staff/StaffPage.js').then((m) => ({ default: m.StaffPage })),
);
export const ProgrammePage = lazy(() =>
  import('../features/backoffice-programme/ProgrammePage.js').then((m) => ({ default: m.ProgrammePage })),
);
export const MembershipPage = lazy(() =>
  import('../features/membership/MembershipPage.js').then((m) => ({ default: m.MembershipPage })),
);
export const CheckoutPage = lazy(() =>
  import('../features/membership/CheckoutPage.js').then((m) => ({ default: m.CheckoutPage })),
);
export const MembershipCardPage = lazy(() =>
  import('../features/membership/MembershipCardPage.js').then((m) => ({ default: m.MembershipCardPage })),
);

export const SupportPage = lazy(() =>
  import('../features/support/SupportPage.js').then((m) => ({ default: m.SupportPage })),
);
export const NewTicketPage = lazy(() =>
  import('../features/support/NewTicketPage.js').then((m) => ({ default: m.NewTicketPage })),
);
export const TicketPage = lazy(() =>
  import('../features/support/TicketPage.js').then((m) => ({ default: m.TicketPage })),
);
export const ContactPage = lazy(() =>
  import('../features/support/ContactPage.js').then((m) => ({ default: m.ContactPage })),
);
export const FaqPage = lazy(() => import('../features/faq/FaqPage.js').then((m) => ({ default: m.FaqPage })));
export const FaqArticlePage = lazy(() =>
  import('../features/faq/FaqArticlePage.js').then((m) => ({ default: m.FaqArticlePage })),
);
export const TicketQueuePage = lazy(() =>
  import('../features/support-staff/TicketQueuePage.js').then((m) => ({ default: m.TicketQueuePage })),
);
export const StaffTicketPage = lazy(() =>
  import('../features/support-staff/StaffTicketPage.js').then((m) => ({ default: m.StaffTicketPage })),
);
export const FaqAdminPage = lazy(() =>
  import('../features/support-staff/FaqAdminPage.js').then((m) => ({ default: m.FaqAdminPage })),
);
export const TiersPage = lazy(() =>
  import('../features/backoffice-tiers/TiersPage.js').then((m) => ({ default: m.TiersPage })),
);
export const InvoicesPage = lazy(() =>
  import('../features/invoices/InvoicesPage.js').then((m) => ({ default: m.InvoicesPage })),
);
export const FinancePage = lazy(() =>
  import('../features/backoffice-finance/FinancePage.js').then((m) => ({ default: m.FinancePage })),
);
export const OrganisationSearchPage = lazy(() =>
  import('../features/backoffice-organisations/OrganisationSearchPage.js').then((m) => ({
    default: m.OrganisationSearchPage,
  })),
);
export const OrganisationPage = lazy(() =>
  import('../features/backoffice-organisations/OrganisationPage.js').then((m) => ({ default: m.OrganisationPage })),
);
export const ErasurePage = lazy(() =>
  import('../features/backoffice-privacy/ErasurePage.js').then((m) => ({ default: m.ErasurePage })),
);
export const AuditLogPage = lazy(() =>
  import('../features/backoffice-audit/AuditLogPage.js').then((m) => ({ default: m.AuditLogPage })),
);
export const AccountPage = lazy(() =>
  import('../features/account/AccountPage.js').then((m) => ({ default: m.AccountPage })),
);
export const TwoStepPage = lazy(() =>
  import('../features/two-step/TwoStepPage.js').then((m) => ({ default: m.TwoStepPage })),
);
