import { Burger, Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { useMe } from '../api/session.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { type NavItem, visibleItems } from './navigation.js';

// The user menu (a Mantine Menu, with its floating positioning) is only shown once someone is
// logged in: it is not part of the public pages' first download.
const UserMenu = lazy(() => import('./UserMenu.js').then((m) => ({ default: m.UserMenu })));

/**
 * The seed's black bar at the top: brand, portal navigation, language and user menu — on one line.
 * Below 1200 px the navigation folds behind a menu button and opens as a list under the bar.
 */
export function TopBar({ items = [], homeTo = '/' }: { items?: readonly NavItem[]; homeTo?: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const user = me.data?.user ?? null;
  const nav = visibleItems(items, user);
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  // A followed link closes the folded menu.
  useEffect(() => {
    if (pathname) close();
  }, [pathname, close]);
  const links = (className: string) =>
    nav.map((item) => (
      <NavLink key={item.to} to={item.to} end={item.end} className={className}>
        {t(item.label)}
      </NavLink>
    ));
  return (
    <header className="pp-topbar">
      <a className="pp-skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <div className="pp-topbar-inner">
        {nav.length > 0 && (
          <Burger
            className="pp-topnav-burger"
            opened={opened}
            onClick={toggle}
            size="sm"
            color="white"
            aria-label={t('nav.toggleMenu')}
            aria-expanded={opened}
            aria-controls="pp-topnav-folded"
          />
        )}
        <Link to={homeTo} className="pp-brand">
          ProPass
        </Link>
        {nav.length > 0 && (
          <nav aria-label={t('nav.portal')} className="pp-topnav">
            {links('pp-topnav-link')}
          </nav>
        )}
        <Group gap="sm" ml="auto" wrap="nowrap">
          {user ? (
            <Suspense fallback={null}>
              <UserMenu user={user} dark />
            </Suspense>
          ) : (
            <>
              <LanguageSwitch />
              {!me.isPending && (
                <Button component={Link} to="/login" variant="white" color="dark" size="xs">
                  {t('auth.login')}
                </Button>
              )}
            </>
          )}
        </Group>
      </div>
      {nav.length > 0 && opened && (
        <nav id="pp-topnav-folded" aria-label={t('nav.portal')} className="pp-topnav-folded">
          {links('pp-topnav-folded-link')}
        </nav>
      )}
    </header>
  );
}
