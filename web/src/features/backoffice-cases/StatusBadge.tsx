import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '../../shared/contracts.js';

const COLORS: Record<ApplicationStatus, string> = {
  received: 'blue',
  in_review: 'indigo',
  more_info_needed: 'orange',
  approved: 'green',
  rejected: 'red',
};

export function StatusBadge({ status, size = 'sm' }: { status: ApplicationStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" size={size} data-testid="case-status">
      {t(`applicationStatus.${status}`)}
    </Badge>
  );
}
