import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { localName } from '../../shared/i18n/format.js';
import type { Tier } from './queries.js';
import { money } from './tierForm.js';

/**
 * The current version of each tier: a table on wide screens, a card per tier on a phone (whether
 * it is active and its edit button stay in view).
 */
export function TierTable({ tiers, onEdit }: { tiers: Tier[]; onEdit(tier: Tier): void }) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 48em)');
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="tiers-current-title">
      <Title order={2} size="h4" id="tiers-current-title" mb="sm">
        {t('tiersAdmin.currentTitle')}
      </Title>
      {narrow ? <TierCards tiers={tiers} onEdit={onEdit} /> : <TierRows tiers={tiers} onEdit={onEdit} />}
    </Paper>
  );
}

function TierRows({ tiers, onEdit }: { tiers: Tier[]; onEdit(tier: Tier): void }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tiersAdmin.col.code')}</Table.Th>
            <Table.Th>{t('tiersAdmin.col.name')}</Table.Th>
            <Table.Th>{t('tiersAdmin.col.category')}</Table.Th>
            <Table.Th>{t('tiersAdmin.col.minPoints')}</Table.Th>
            <Table.Th>{t('tiersAdmin.col.price')}</Table.Th>
            <Table.Th>{t('tiersAdmin.col.rank')}</Table.Th>
            <Table.Th>{t('tiersAdmin.col.version')}</Table.Th>
            <Table.Th>{t('tiersAdmin.col.active')}</Table.Th>
            <Table.Th>
              <span className="pp-visually-hidden">{t('tiersAdmin.col.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tiers.map((tier) => (
            <Table.Tr key={tier.code}>
              <Table.Td>
                <Text ff="monospace" size="sm">
                  {tier.code}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text fw={600}>{localName(tier.names, i18n.language)}</Text>
              </Table.Td>
              <Table.Td>{t(`tiersAdmin.category.${tier.category}`)}</Table.Td>
              <Table.Td>{tier.minPoints}</Table.Td>
              <Table.Td>{money(tier.prices.EUR, i18n.language)}</Table.Td>
              <Table.Td>{tier.rank}</Table.Td>
              <Table.Td>v{tier.version}</Table.Td>
              <Table.Td>
                <ActiveBadge tier={tier} />
              </Table.Td>
              <Table.Td>
                <EditButton tier={tier} onEdit={onEdit} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function TierCards({ tiers, onEdit }: { tiers: Tier[]; onEdit(tier: Tier): void }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {tiers.map((tier) => (
        <Paper key={tier.code} component="li" withBorder p="xs" radius="sm">
          <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
            <div style={{ minWidth: 0 }}>
              <Text fw={600}>{localName(tier.names, i18n.language)}</Text>
              <Text ff="monospace" size="xs" c="dimmed">
                {tier.code} · v{tier.version}
              </Text>
            </div>
            <ActiveBadge tier={tier} />
          </Group>
          <Text size="sm" mt={4}>
            {t(`tiersAdmin.category.${tier.category}`)} · {t('tiersAdmin.col.minPoints')}: {tier.minPoints} ·{' '}
            {money(tier.prices.EUR, i18n.language)} · {t('tiersAdmin.col.rank')}: {tier.rank}
          </Text>
          <Group justify="flex-end" mt={4}>
            <EditButton tier={tier} onEdit={onEdit} />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

function ActiveBadge({ tier }: { tier: Tier }) {
  const { t } = useTranslation();
  return (
    <Badge color={tier.active ? 'green' : 'gray'} variant="light" miw="max-content">
      {tier.active ? t('tiersAdmin.active') : t('tiersAdmin.inactive')}
    </Badge>
  );
}

function EditButton({ tier, onEdit }: { tier: Tier; onEdit(tier: Tier): void }) {
  const { t } = useTranslation();
  return (
    <Button
      size="xs"
      variant="light"
      aria-label={t('tiersAdmin.editNamed', { code: tier.code })}
      onClick={() => onEdit(tier)}
    >
      {t('tiersAdmin.edit')}
    </Button>
  );
}
