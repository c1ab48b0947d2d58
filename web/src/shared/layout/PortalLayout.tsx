import { Outlet } from 'react-router';
import type { NavItem } from './navigation.js';
import { TopBar } from './TopBar.js';

export function PortalLayout({ items }: { items: readonly NavItem[] }) {
  return (
    <>
      <TopBar items={items} homeTo="/portal" />
      <main id="main" tabIndex={-1} className="pp-main">
        <Outlet />
      </main>
    </>
  );
}
