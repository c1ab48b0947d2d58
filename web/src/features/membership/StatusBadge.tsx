import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MembershipBody } from './api.js';

const COLORS: Record<MembershipBody['status'], string> = {
  active: 'green',
  suspended: 'red',
  expired: 'orange',
  cancelled: 'gray',
};

export function StatusBadge({ status }: { status: MembershipBody['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} size="lg" data-testid="membership-status">
      {t(`membership.status.${status}`)}
    </Badge>
  );
}
