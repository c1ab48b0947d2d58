import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { PageLoader } from '../components/RequireAuth.js';
import { TopBar } from './TopBar.js';

export function PublicLayout() {
  return (
    <>
      <TopBar />
      <main id="main" tabIndex={-1} className="pp-main">
        {/* A page's chunk loads inside the layout: the top bar and menu stay while it does. */}
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
