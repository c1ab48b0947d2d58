import {
  Alert,
  Badge,
  Button,
  Code,
  FileInput,
  Group,
  Paper,
  Progress,
  Radio,
  SimpleGrid,
  Spoiler,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { LEGACY_ACCOUNT_COLUMNS, LEGACY_PRODUCT_COLUMNS } from '../../shared/contracts.js';
import { formatBytes, formatDateTime } from '../../shared/i18n/format.js';
import {
  type LegacyImportItem as ImportItem,
  type LegacyImportKind as Kind,
  legacyKeys,
  legacyQueries,
  legacyRequests,
} from './queries.js';

const STATUS_COLORS: Record<ImportItem['status'], string> = {
  queued: 'gray',
  running: 'blue',
  done: 'green',
  failed: 'red',
};

function ImportCard({ item }: { item: ImportItem }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const resume = useMutation({
    mutationFn: () => legacyRequests.resume(item.id),
    onSuccess: () => void client.invalidateQueries({ queryKey: legacyKeys.imports }),
  });
  const percent = Math.round(item.share * 1000) / 10;
  return (
    <Paper withBorder p="md" radius="md" data-testid="legacy-import">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Group gap="sm">
            <Text fw={700}>{item.fileName}</Text>
            <Badge variant="light">{t(`legacyImports.kind.${item.kind}`)}</Badge>
            <Badge color={STATUS_COLORS[item.status]} data-testid="legacy-import-status">
              {t(`legacyImports.status.${item.status}`)}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {item.startedAt ? formatDateTime(item.startedAt, i18n.language) : t('legacyImports.notStarted')}
          </Text>
        </Group>
        <Progress
          value={percent}
          animated={item.status === 'running'}
          color={STATUS_COLORS[item.status]}
          aria-label={t('legacyImports.progressLabel', { name: item.fileName })}
          size="lg"
        />
        <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="xs">
          <Stat label={t('legacyImports.share')} value={`${number(percent)} %`} />
          <Stat
            label={t('legacyImports.bytes')}
            value={`${formatBytes(item.bytesDone, i18n.language)} / ${formatBytes(item.totalBytes, i18n.language)}`}
          />
          <Stat label={t('legacyImports.rowsDone')} value={number(item.rowsDone)} />
          <Stat
            label={t('legacyImports.rowsPerSecond')}
            value={item.rowsPerSecond === null ? '—' : number(item.rowsPerSecond)}
          />
          <Stat label={t('legacyImports.imported')} value={number(item.rowsImported)} />
          <Stat label={t('legacyImports.unchanged')} value={number(item.rowsUnchanged)} />
          <Stat label={t('legacyImports.rejected')} value={number(item.rowsRejected)} />
        </SimpleGrid>
        {item.error && (
          <Alert color={item.status === 'failed' ? 'red' : 'orange'} variant="light">
            {item.error}
          </Alert>
        )}
        {item.status === 'failed' && (
          <Group>
            <Button size="xs" onClick={() => resume.mutate()} loading={resume.isPending}>
              {t('legacyImports.resume')}
            </Button>
            {resume.isError && <ErrorAlert error={resume.error} />}
          </Group>
        )}
        {item.problems.length > 0 && (
          <Spoiler maxHeight={180} showLabel={t('legacyImports.showAll')} hideLabel={t('legacyImports.showLess')}>
            <Text size="sm" fw={600} mb={4}>
              {t('legacyImports.problems', { count: item.problems.length })}
            </Text>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('catalogue.report.row')}</Table.Th>
                  <Table.Th>{t('catalogue.report.column')}</Table.Th>
                  <Table.Th>{t('catalogue.report.problem')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {item.problems.map((problem) => (
                  <Table.Tr key={`${problem.row}-${problem.column}-${problem.problem}`}>
                    <Table.Td>{problem.row}</Table.Td>
                    <Table.Td>{problem.column}</Table.Td>
                    <Table.Td>{problem.problem}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Spoiler>
        )}
      </Stack>
    </Paper>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={600}>
        {value}
      </Text>
    </div>
  );
}

export function LegacyImportsPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  useDocumentTitle(t('legacyImports.title'));
  const [kind, setKind] = useState<Kind>('accounts');
  const [file, setFile] = useState<File | null>(null);
  const [uploadProgress, setUploadProgress] = useState<number | null>(null);
  const list = useQuery(legacyQueries.imports());
  const upload = useMutation({
    mutationFn: (chosen: File) => {
      setUploadProgress(0);
      return legacyRequests.upload(kind, chosen, setUploadProgress);
    },
    onSettled: () => setUploadProgress(null),
    onSuccess: () => {
      setFile(null);
      void client.invalidateQueries({ queryKey: legacyKeys.imports });
    },
  });
  const columns = kind === 'accounts' ? LEGACY_ACCOUNT_COLUMNS : LEGACY_PRODUCT_COLUMNS;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('legacyImports.title')}</Title>
        <Text c="dimmed">{t('legacyImports.intro')}</Text>
      </div>
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="legacy-upload-title">
        <Title order={2} size="h4" id="legacy-upload-title" mb="sm">
          {t('legacyImports.uploadTitle')}
        </Title>
        <Stack gap="sm">
          <Radio.Group label={t('legacyImports.kindLabel')} value={kind} onChange={(value) => setKind(value as Kind)}>
            <Group mt="xs">
              <Radio value="accounts" label={t('legacyImports.kind.accounts')} />
              <Radio value="products" label={t('legacyImports.kind.products')} />
            </Group>
          </Radio.Group>
          <Text size="sm">
            {t('legacyImports.columns')} <Code>{columns.join(',')}</Code>
          </Text>
          <Group align="flex-end">
            <FileInput
              label={t('legacyImports.file')}
              accept=".csv,text/csv"
              value={file}
              onChange={setFile}
              clearable
              w={320}
            />
            <Button disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file)}>
              {t('legacyImports.upload')}
            </Button>
          </Group>
          {uploadProgress !== null && (
            <Progress value={uploadProgress * 100} aria-label={t('legacyImports.uploading')} />
          )}
          {upload.isError && <ErrorAlert error={upload.error} />}
        </Stack>
      </Paper>
      <section aria-labelledby="legacy-list-title">
        <Title order={2} size="h4" id="legacy-list-title" mb="sm">
          {t('legacyImports.listTitle')}
        </Title>
        {list.isPending && <PageLoader />}
        {list.isError && <ErrorAlert error={list.error} />}
        {list.data && list.data.items.length === 0 && <Text c="dimmed">{t('legacyImports.empty')}</Text>}
        <Stack gap="sm">
          {list.data?.items.map((item) => (
            <ImportCard key={item.id} item={item} />
          ))}
        </Stack>
      </section>
    </Stack>
  );
}
