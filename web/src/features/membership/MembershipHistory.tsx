import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { ResponsiveTable } from '../../shared/components/ResponsiveTable.js';
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
        <ResponsiveTable
          rows={history.data.items}
          rowKey={(entry) => `${entry.at}-${entry.reason}`}
          minWidth={600}
          rowTestId="history-row"
          verticalSpacing="xs"
          columns={[
            { key: 'at', label: t('membership.history.at'), render: (entry) => format.dateTime(entry.at) },
            {
              key: 'status',
              label: t('membership.history.status'),
              render: (entry) => `${entry.fromStatus ? `${status(entry.fromStatus)} → ` : ''}${status(entry.toStatus)}`,
            },
            {
              key: 'level',
              label: t('membership.history.level'),
              render: (entry) =>
                `${entry.fromTier && entry.fromTier !== entry.toTier ? `${tier(entry.fromTier)} → ` : ''}${tier(entry.toTier)}`,
            },
            {
              key: 'reason',
              label: t('membership.history.reason'),
              render: (entry) => t(`membership.history.reasons.${entry.reason}`, { defaultValue: entry.reason }),
            },
          ]}
        />
      )}
    </Paper>
  );
}
