import { Accordion, Paper, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localName, useFormat } from '../../shared/i18n/format.js';
import type { Tier } from './queries.js';
import { money } from './tierForm.js';

/** The older versions of each tier, one accordion item per code. */
export function TierHistory({ groups }: { groups: { current: Tier; history: Tier[] }[] }) {
  const { t } = useTranslation();
  const withHistory = groups.filter((group) => group.history.length > 0);
  if (withHistory.length === 0) return null;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="tiers-history-title">
      <Title order={2} size="h4" id="tiers-history-title" mb="sm">
        {t('tiersAdmin.historyTitle')}
      </Title>
      <Accordion variant="separated">
        {withHistory.map(({ current, history }) => (
          <Accordion.Item key={current.code} value={current.code}>
            <Accordion.Control>
              {t('tiersAdmin.olderVersions', { code: current.code, count: history.length })}
            </Accordion.Control>
            <Accordion.Panel>
              <VersionRows tiers={history} />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Paper>
  );
}

function VersionRows({ tiers }: { tiers: readonly Tier[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tiersAdmin.col.version')}</Table.Th>
            <Table.Th>{t('tiersAdmin.col.name')}</Table.Th>
            <Table.Th>{t('tiersAdmin.col.minPoints')}</Table.Th>
            <Table.Th>{t('tiersAdmin.col.price')}</Table.Th>
            <Table.Th>{t('tiersAdmin.col.active')}</Table.Th>
            <Table.Th>{t('tiersAdmin.col.createdAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tiers.map((tier) => (
            <Table.Tr key={tier.id}>
              <Table.Td>v{tier.version}</Table.Td>
              <Table.Td>{localName(tier.names, language)}</Table.Td>
              <Table.Td>{tier.minPoints}</Table.Td>
              <Table.Td>{money(tier.prices.EUR, language)}</Table.Td>
              <Table.Td>{tier.active ? t('tiersAdmin.yes') : t('tiersAdmin.no')}</Table.Td>
              <Table.Td>{format.dateTime(tier.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
