import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { useFormat } from '../../shared/i18n/format.js';
import { useMembershipHistory } from './api.js';

/** The membership's status history (append-only), newest first as the server sends it. */
export function MembershipHistory({ tierNames }: { tierNames: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const history = useMembershipHistory(true);
  const tier = (code: string | null) => (code ? (tierNames.get(code) ?? code) : '—');
  const status = (value: string | null) => (value ? t(`membership.status.${value}`, { defaultValue: value }) : '—');
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="history-title">
      <Title order={2} size="h4" id="history-title" mb="sm">
        {t('membership.history.title')}
      </Title>
      {history.isError && <ErrorAlert error={history.error} />}
      {history.data && history.data.items.length === 0 && <Text c="dimmed">{t('membership.history.empty')}</Text>}
      {history.data && history.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('membership.history.at')}</Table.Th>
                <Table.Th>{t('membership.history.status')}</Table.Th>
                <Table.Th>{t('membership.history.level')}</Table.Th>
                <Table.Th>{t('membership.history.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.data.items.map((entry) => (
                <Table.Tr key={`${entry.at}-${entry.reason}`} data-testid="history-row">
                  <Table.Td>{format.dateTime(entry.at)}</Table.Td>
                  <Table.Td>
                    {entry.fromStatus ? `${status(entry.fromStatus)} → ` : ''}
                    {status(entry.toStatus)}
                  </Table.Td>
                  <Table.Td>
                    {entry.fromTier && entry.fromTier !== entry.toTier ? `${tier(entry.fromTier)} → ` : ''}
                    {tier(entry.toTier)}
                  </Table.Td>
                  <Table.Td>{t(`membership.history.reasons.${entry.reason}`, { defaultValue: entry.reason })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
