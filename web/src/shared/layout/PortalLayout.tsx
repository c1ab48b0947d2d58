import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { PageLoader } from '../components/RequireAuth.js';
import type { NavItem } from './navigation.js';
import { TopBar } from './TopBar.js';

export function PortalLayout({ items }: { items: readonly NavItem[] }) {
  return (
    <>
      <TopBar items={items} homeTo="/portal" />
      <main id="main" tabIndex={-1} className="pp-main">
        {/* A page's chunk loads inside the layout: the top bar and menu stay while it does. */}
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
