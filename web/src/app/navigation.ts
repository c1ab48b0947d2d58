import type { NavItem } from '../shared/layout/navigation.js';

/** The black bar of the customer portal. Add an entry here to add a tab. */
export const PORTAL_NAV: readonly NavItem[] = [
  { to: '/portal', label: 'nav.home', end: true },
  { to: '/portal/colleagues', label: 'nav.colleagues', visible: (user) => user.role === 'superuser' },
];

/** The back-office side menu, by role. */
export const BACK_OFFICE_NAV: readonly NavItem[] = [
  {
    to: '/back-office/cases',
    label: 'nav.validationQueue',
    visible: (user) => user.role === 'validator' || user.role === 'admin',
  },
];
