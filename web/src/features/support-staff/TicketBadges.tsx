import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketStatusValue } from './api.js';

const STATUS_COLORS: Record<TicketStatusValue, string> = {
  open: 'blue',
  waiting_for_customer: 'orange',
  resolved: 'green',
};

const TIER_COLORS: Record<string, string> = {
  corporate: 'dark',
  platinum: 'violet',
  gold: 'yellow',
  silver: 'gray',
};

export function StaffStatusBadge({ status }: { status: TicketStatusValue }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" miw="max-content" data-testid="ticket-status">
      {t(`supportStaff.status.${status}`)}
    </Badge>
  );
}

export function TierBadge({ tier }: { tier: string | null }) {
  const { t } = useTranslation();
  if (!tier)
    return (
      <Text size="xs" c="dimmed">
        {t('supportStaff.noTier')}
      </Text>
    );
  return (
    <Badge color={TIER_COLORS[tier] ?? 'gray'} variant="filled" size="sm" data-testid="tier-badge">
      {t(`tier.${tier}`, { defaultValue: tier })}
    </Badge>
  );
}
