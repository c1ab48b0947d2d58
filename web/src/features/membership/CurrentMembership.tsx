import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { checkoutPath, formatDay, type MembershipBody } from './api.js';
import { StatusBadge } from './StatusBadge.js';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fw={600} data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}

/** The organisation's membership: status, number, validity, and renew, card or cancel. */
export function CurrentMembership({
  membership,
  canBuy,
  onCancel,
}: {
  membership: MembershipBody;
  canBuy: boolean;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const holding = membership.status === 'active' || membership.status === 'suspended';
  const canRenew = membership.status !== 'cancelled';
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="section"
      aria-labelledby="current-title"
      data-testid="current-membership"
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h3" id="current-title">
            {t('membership.current.title')}
          </Title>
          <StatusBadge status={membership.status} />
        </Group>
        {membership.status === 'suspended' && (
          <Alert color="red" variant="filled" role="alert" data-testid="suspended-banner">
            {t('membership.current.suspended')}
          </Alert>
        )}
        {membership.status === 'expired' && (
          <Alert color="orange" variant="light">
            {t('membership.current.expired')}
          </Alert>
        )}
        {membership.status === 'cancelled' && (
          <Alert color="gray" variant="light">
            {t('membership.current.cancelled')}
          </Alert>
        )}
        {membership.unpaidDueOn && membership.status === 'active' && (
          <Alert color="yellow" variant="light" data-testid="unpaid-info">
            {t('membership.current.unpaid', { date: formatDay(membership.unpaidDueOn, i18n.language) })}
          </Alert>
        )}
        <Group gap="xl" align="flex-start">
          <Fact label={t('membership.current.tier')} testId="current-tier">
            {membership.tierName}
          </Fact>
          <Fact label={t('membership.current.number')} testId="current-number">
            {membership.membershipNumber}
          </Fact>
          {membership.previousMembershipNumber && (
            <Fact label={t('membership.current.previousNumber')} testId="current-previous-number">
              {membership.previousMembershipNumber}
            </Fact>
          )}
          <Fact label={t('membership.current.validity')} testId="current-validity">
            {t('membership.current.validityValue', {
              from: formatDay(membership.startsOn, i18n.language),
              to: formatDay(membership.endsOn, i18n.language),
            })}
          </Fact>
        </Group>
        {membership.previousMembershipNumber && holding && (
          <Text size="sm" data-testid="number-changed">
            {t('membership.current.numberChanged', { number: membership.previousMembershipNumber })}
          </Text>
        )}
        <Group gap="sm">
          <Button component={Link} to="/portal/membership/card" variant="outline">
            {t('membership.actions.card')}
          </Button>
          {canBuy && canRenew && (
            <Button component={Link} to={checkoutPath(membership.tierCode, 'renewal')}>
              {t('membership.actions.renew')}
            </Button>
          )}
          {canBuy && holding && (
            <Button variant="subtle" color="red" onClick={onCancel}>
              {t('membership.actions.cancel')}
            </Button>
          )}
        </Group>
        {canBuy && canRenew && (
          <Text size="sm" c="dimmed">
            {t('membership.actions.renewHint', { date: formatDay(membership.endsOn, i18n.language) })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
