import { Outlet } from 'react-router';
import { TopBar } from './TopBar.js';

export function PublicLayout() {
  return (
    <>
      <TopBar />
      <main id="main" tabIndex={-1} className="pp-main">
        <Outlet />
      </main>
    </>
  );
}
