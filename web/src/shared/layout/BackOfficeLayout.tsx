import { AppShell, Burger, Group, NavLink as MantineNavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { needsTwoStepSetup, useMe } from '../api/session.js';
import { PageLoader } from '../components/RequireAuth.js';
import { type NavItem, visibleItems } from './navigation.js';
import { UserMenu } from './UserMenu.js';

/** Staff shell: header with the user, side menu by role. */
export function BackOfficeLayout({ items }: { items: readonly NavItem[] }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const user = useMe().data?.user ?? null;
  // Until two-step verification is set up, the set-up page is the only page open to the user.
  const locked = needsTwoStepSetup(user);
  const nav = locked ? [] : visibleItems(items, user);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header className="pp-bo-header">
        <a className="pp-skip-link" href="#main">
          {t('common.skipToContent')}
        </a>
        <Group h="100%" px="md" wrap="nowrap">
          <Burger
            opened={opened}
            onClick={toggle}
            hiddenFrom="sm"
            size="sm"
            color="white"
            aria-label={t('nav.toggleMenu')}
          />
          <Link to="/back-office" className="pp-brand">
            ProPass
          </Link>
          <Text c="gray.3" size="sm" visibleFrom="xs">
            {t('backOffice.title')}
          </Text>
          <Group ml="auto" gap="sm">
            {user && <UserMenu user={user} dark />}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.backOffice')} component="nav">
        {nav.length === 0 && (
          <Text size="sm" c="dimmed" p="sm">
            {locked ? t('twoStep.menuLocked') : t('backOffice.noMenu')}
          </Text>
        )}
        {nav.map((item) => (
          <MantineNavLink
            key={item.to}
            component={NavLink}
            to={item.to}
            end={item.end}
            label={t(item.label)}
            onClick={close}
            className="pp-bo-navlink"
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {/* A page's chunk loads inside the layout: the top bar and menu stay while it does. */}
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
