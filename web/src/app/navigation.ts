import type { NavItem } from '../shared/layout/navigation.js';

/** The black bar of the customer portal. Add an entry here to add a tab. */
export const PORTAL_NAV: readonly NavItem[] = [
  { to: '/portal', label: 'nav.home', end: true },
  { to: '/portal/products', label: 'nav.products' },
  { to: '/portal/membership', label: 'membership.nav' },
  { to: '/portal/invoices', label: 'invoices.nav' },
  { to: '/portal/colleagues', label: 'nav.colleagues', visible: (user) => user.role === 'superuser' },
  { to: '/portal/support', label: 'support.nav' },
  { to: '/portal/faq', label: 'faq.nav' },
];

/** The back-office side menu, by role. */
export const BACK_OFFICE_NAV: readonly NavItem[] = [
  // First: the home of finance and admins (validators keep their queue as home).
  {
    to: '/back-office/dashboard',
    label: 'dashboard.nav',
    visible: (user) => user.role === 'finance' || user.role === 'admin',
  },
  {
    to: '/back-office/cases',
    label: 'nav.validationQueue',
    visible: (user) => user.role === 'validator' || user.role === 'admin',
  },
  { to: '/back-office/organisations', label: 'organisations.nav' },
  {
    to: '/back-office/serial-conflicts',
    label: 'nav.serialConflicts',
    visible: (user) => user.role === 'support' || user.role === 'validator' || user.role === 'admin',
  },
  {
    to: '/back-office/tickets',
    label: 'supportStaff.nav.tickets',
    visible: (user) => user.role === 'support' || user.role === 'admin',
  },
  { to: '/back-office/faq', label: 'supportStaff.nav.faq', visible: (user) => user.role === 'admin' },
  { to: '/back-office/catalogue', label: 'nav.catalogue', visible: (user) => user.role === 'admin' },
  { to: '/back-office/legacy-imports', label: 'nav.legacyImports', visible: (user) => user.role === 'admin' },
  { to: '/back-office/staff', label: 'nav.staff', visible: (user) => user.role === 'admin' },
  { to: '/back-office/programme', label: 'nav.programme', visible: (user) => user.role === 'admin' },
  {
    to: '/back-office/finance',
    label: 'finance.nav',
    visible: (user) => user.role === 'finance' || user.role === 'admin',
  },
  { to: '/back-office/tiers', label: 'tiersAdmin.nav', visible: (user) => user.role === 'admin' },
  { to: '/back-office/audit', label: 'audit.nav', visible: (user) => user.role === 'admin' },
  { to: '/back-office/erasures', label: 'privacy.nav', visible: (user) => user.role === 'admin' },
];
