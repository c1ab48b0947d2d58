import { Anchor, Badge, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localName } from '../../shared/i18n/format.js';
import { type CardProps, longDate } from './homeFormat.js';

const MEMBERSHIP_COLORS = { active: 'green', suspended: 'orange', expired: 'gray', cancelled: 'gray' } as const;

/** One card of the "where you stand" grid: a titled section. */
export function StatusCard({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  const id = useId();
  return (
    <Paper component="section" aria-labelledby={id} withBorder p="lg" radius="md" data-testid={testId}>
      <Stack gap={6}>
        <Title order={3} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

export function PointsCard({ overview, language, number }: CardProps) {
  const { t, i18n } = useTranslation();
  const { balance, nextTier } = overview.points;
  const tier = nextTier
    ? localName(nextTier.names, language, { code: nextTier.code, t, exists: (key) => i18n.exists(key) })
    : undefined;
  return (
    <StatusCard title={t('overview.points.title')} testId="points-card">
      <Text size="xl" fw={700} data-testid="overview-points">
        {t('overview.points.balance', { count: balance, formatted: number(balance) })}
      </Text>
      {nextTier && tier ? (
        <>
          <Progress
            value={Math.min(100, (balance / nextTier.minPoints) * 100)}
            aria-label={t('overview.points.progress', { tier })}
          />
          <Text data-testid="next-tier">
            {t('overview.points.toGo', { count: nextTier.pointsToGo, formatted: number(nextTier.pointsToGo), tier })}
          </Text>
        </>
      ) : (
        <Text>{t('overview.points.top')}</Text>
      )}
    </StatusCard>
  );
}

export function MembershipCard({ overview, language, number }: CardProps) {
  const { t } = useTranslation();
  const m = overview.membership;
  const current = m && (m.status === 'active' || m.status === 'suspended');
  const eligible = overview.steps.some((s) => s.kind === 'join_cps');
  return (
    <StatusCard title={t('membership.link.homeTitle')} testId="membership-card">
      {m && (
        <>
          <Group gap="xs">
            <Text fw={500} data-testid="overview-tier">
              {t('overview.membership.tier', { tier: m.tierName })}
            </Text>
            <Badge color={MEMBERSHIP_COLORS[m.status]} data-testid="overview-membership-status">
              {t(`membership.status.${m.status}`)}
            </Badge>
          </Group>
          <Text data-testid="overview-membership-number">
            {t('overview.membership.number', { number: m.membershipNumber })}
          </Text>
          <Text size="sm">{t('overview.membership.endsOn', { date: longDate(m.endsOn, language) })}</Text>
        </>
      )}
      {!current && (
        <Text>
          {eligible
            ? t('overview.membership.eligible')
            : t('overview.membership.none', { threshold: number(overview.points.invitationThreshold) })}
        </Text>
      )}
      <Stack gap={4} align="flex-start">
        <Anchor component={Link} to="/portal/membership">
          {t('overview.membership.link')}
        </Anchor>
        {current && (
          <Anchor component={Link} to="/portal/membership/card">
            {t('overview.membership.card')}
          </Anchor>
        )}
      </Stack>
    </StatusCard>
  );
}
