import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { useMe } from '../api/session.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { type NavItem, visibleItems } from './navigation.js';
import { UserMenu } from './UserMenu.js';

/** The seed's black bar at the top: brand, portal navigation, language and user menu. */
export function TopBar({ items = [], homeTo = '/' }: { items?: readonly NavItem[]; homeTo?: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const user = me.data?.user ?? null;
  const nav = visibleItems(items, user);
  return (
    <header className="pp-topbar">
      <a className="pp-skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <div className="pp-topbar-inner">
        <Link to={homeTo} className="pp-brand">
          ProPass
        </Link>
        {nav.length > 0 && (
          <nav aria-label={t('nav.portal')} className="pp-topnav">
            {nav.map((item) => (
              <NavLink key={item.to} to={item.to} end={item.end} className="pp-topnav-link">
                {t(item.label)}
              </NavLink>
            ))}
          </nav>
        )}
        <Group gap="sm" ml="auto" wrap="nowrap">
          {user ? (
            <UserMenu user={user} dark />
          ) : (
            <>
              <LanguageSwitch dark />
              {!me.isPending && (
                <Button component={Link} to="/login" variant="white" color="dark" size="xs">
                  {t('auth.login')}
                </Button>
              )}
            </>
          )}
        </Group>
      </div>
    </header>
  );
}
