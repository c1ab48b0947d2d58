import { Badge, Button, Group, List, Paper, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { checkoutPath, formatMoney, formatNumber, type MembershipBody, type TierItem, tierAction } from './api.js';

function TierCard({
  tier,
  tiers,
  membership,
  canBuy,
}: {
  tier: TierItem;
  tiers: readonly TierItem[];
  membership: MembershipBody | null;
  canBuy: boolean;
}) {
  const { t, i18n } = useTranslation();
  const action = tierAction(tier, tiers, membership);
  const current = action !== null && 'current' in action;
  const titleId = `tier-${tier.code}-title`;
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="article"
      aria-labelledby={titleId}
      data-testid="tier-card"
      data-tier={tier.code}
      style={current ? { borderColor: 'var(--mantine-color-blue-6)', borderWidth: 2 } : undefined}
    >
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} size="h3" id={titleId}>
            {tier.name}
          </Title>
          {current ? (
            <Badge color="blue">{t('membership.tier.current')}</Badge>
          ) : tier.eligible ? (
            <Badge color="green" variant="light">
              {t('membership.tier.available')}
            </Badge>
          ) : null}
        </Group>
        <div>
          <Text fz="xl" fw={800} data-testid="tier-price">
            {t('membership.tier.perYear', { price: formatMoney(tier.priceMinor, tier.currency, i18n.language) })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('membership.tier.exclVat')}
          </Text>
        </div>
        <Text size="sm" fw={600}>
          {t('membership.tier.minPoints', { formatted: formatNumber(tier.minPoints, i18n.language) })}
        </Text>
        <List size="sm" spacing={4} aria-label={t('membership.tier.benefits', { tier: tier.name })}>
          {tier.benefits.map((benefit) => (
            <List.Item key={benefit}>{benefit}</List.Item>
          ))}
        </List>
        <div style={{ marginTop: 'auto' }}>
          {!tier.eligible && !current && (
            <Badge color="gray" variant="light" size="lg" data-testid="points-to-go">
              {t('membership.tier.pointsToGo', {
                count: tier.pointsToGo,
                formatted: formatNumber(tier.pointsToGo, i18n.language),
              })}
            </Badge>
          )}
          {canBuy && action && 'kind' in action && (
            <Button component={Link} to={checkoutPath(tier.code, action.kind)} fullWidth>
              {action.kind === 'upgrade'
                ? t('membership.tier.upgrade', { tier: tier.name })
                : t('membership.tier.choose', { tier: tier.name })}
            </Button>
          )}
        </div>
      </Stack>
    </Paper>
  );
}

/**
 * Every level with price, benefits and points; with more than 2,500 points the seed's ON/OFF switch
 * "Available CPS categories" chooses between Corporate (ON) and Silver/Gold/Platinum (OFF).
 */
export function TierCards({
  tiers,
  membership,
  categorySwitch,
  canBuy,
}: {
  tiers: readonly TierItem[];
  membership: MembershipBody | null;
  categorySwitch: boolean;
  canBuy: boolean;
}) {
  const { t } = useTranslation();
  const [corporate, setCorporate] = useState(membership?.category === 'corporate');
  const names = (category: TierItem['category']) =>
    tiers
      .filter((tier) => tier.category === category)
      .map((tier) => tier.name)
      .join('/');
  const shown = categorySwitch
    ? tiers.filter((tier) => tier.category === (corporate ? 'corporate' : 'individual'))
    : tiers;
  return (
    <Stack gap="md">
      {categorySwitch && (
        <Paper withBorder p="md" radius="md" bg="gray.0">
          <Switch
            size="xl"
            checked={corporate}
            onChange={(event) => setCorporate(event.currentTarget.checked)}
            onLabel={t('membership.switch.on')}
            offLabel={t('membership.switch.off')}
            label={t('membership.switch.label', { corporate: names('corporate'), individual: names('individual') })}
            description={t('membership.switch.showing', {
              category: names(corporate ? 'corporate' : 'individual'),
            })}
            data-testid="category-switch"
          />
        </Paper>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: shown.length >= 4 ? 4 : 3 }}>
        {shown.map((tier) => (
          <TierCard key={tier.code} tier={tier} tiers={tiers} membership={membership} canBuy={canBuy} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
