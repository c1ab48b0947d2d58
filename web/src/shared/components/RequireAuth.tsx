import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { homePathFor, isStaff, needsTwoStepSetup, TWO_STEP_PATH, useMe, userLoggedOut } from '../api/session.js';
import type { SessionUser } from '../contracts.js';

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      {/* A name belongs on an element with a role: the status is announced while the page loads. */}
      <Loader role="status" aria-label={t('common.loading')} />
    </Center>
  );
}

/**
 * Shows its children only to a logged-in user of the right audience; others go to login or their
 * home. Staff who must set up two-step verification first are sent to its set-up page.
 */
export function RequireAuth({
  audience,
  allow,
  children,
}: {
  audience: 'customer' | 'staff';
  allow?: (user: SessionUser) => boolean;
  children: ReactNode;
}) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageLoader />;
  const user = me.data?.user;
  if (!user) {
    if (userLoggedOut()) return <Navigate to="/login" replace />;
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  const staff = isStaff(user);
  if ((audience === 'staff') !== staff || (allow && !allow(user))) {
    return <Navigate to={homePathFor(user)} replace />;
  }
  if (needsTwoStepSetup(user) && location.pathname !== TWO_STEP_PATH) return <Navigate to={TWO_STEP_PATH} replace />;
  return <>{children}</>;
}
