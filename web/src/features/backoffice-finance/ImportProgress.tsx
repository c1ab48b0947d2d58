import { Alert, Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { financeKeys, financeQueries, type StatementImportDetail } from './queries.js';
import { StatementLinesTable } from './StatementLinesTable.js';

const IMPORT_COLORS: Record<StatementImportDetail['status'], string> = {
  queued: 'gray',
  running: 'blue',
  done: 'green',
  failed: 'red',
};

/** One import's progress while its job runs (the page asks again every second), then its result. */
export function ImportProgress({ id, duplicate }: { id: string; duplicate: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const detail = useQuery({
    ...financeQueries.statement(id),
    refetchInterval: (q) => {
      const status = q.state.data?.status;
      if (status === 'done' || status === 'failed') {
        void client.invalidateQueries({ queryKey: financeKeys.unmatched });
        return false;
      }
      return 1000;
    },
  });
  if (detail.isPending) return <PageLoader />;
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  const d = detail.data;
  const finished = d.status === 'done' || d.status === 'failed';
  return (
    <Stack gap="sm" mt="md" data-testid="statement-import">
      {duplicate && (
        <Alert color="yellow" role="status">
          {t('finance.statements.duplicate')}
        </Alert>
      )}
      <Group gap="sm">
        <Badge color={IMPORT_COLORS[d.status]} variant="light">
          {t(`finance.statements.importStatus.${d.status}`)}
        </Badge>
        <Text size="sm" role="status">
          {t('finance.statements.progress', {
            read: d.linesRead,
            total: d.linesTotal,
            matched: d.linesMatched,
            unmatched: d.linesUnmatched,
            duplicate: d.linesDuplicate,
          })}
        </Text>
      </Group>
      {!finished && <Progress value={d.linesTotal ? (100 * d.linesRead) / d.linesTotal : 0} animated />}
      {d.status === 'failed' && (
        <Alert color="red" role="alert">
          {t('finance.statements.failed')}
        </Alert>
      )}
      {finished && d.lines.length > 0 && <StatementLinesTable lines={d.lines} />}
    </Stack>
  );
}
