import {
  Alert,
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError, api, query } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import {
  CATEGORIES,
  type CatalogueImportProblem,
  type CatalogueImportResult,
  type CatalogueList,
} from '../../shared/contracts.js';
import i18n from '../../shared/i18n/i18n.js';
import { EndOfSupportEditor, PointsEditor } from './ModelEditors.js';

type ImportResult = z.infer<typeof CatalogueImportResult>;
type Problem = z.infer<typeof CatalogueImportProblem>;

class CatalogueReportError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[],
  ) {
    super(message);
  }
}

/** Posts the CSV text as it is; a 422 carries a report of every problem (nothing was applied). */
async function importCsv(csv: string): Promise<ImportResult> {
  let response: Response;
  try {
    response = await fetch('/api/admin/catalogue/import', {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv', Accept: 'application/json', 'Accept-Language': i18n.language || 'en' },
      credentials: 'same-origin',
      body: csv,
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  const body = (await response.json().catch(() => null)) as {
    error?: { code: string; message: string; problems?: Problem[]; fields?: Record<string, string> };
  } | null;
  if (response.ok) return body as unknown as ImportResult;
  if (body?.error?.problems) throw new CatalogueReportError(body.error.message, body.error.problems);
  throw new ApiError(
    response.status,
    body?.error?.code ?? `http_${response.status}`,
    body?.error?.message ?? i18n.t('errors.unexpected'),
    body?.error?.fields ?? {},
  );
}

export function CataloguePage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  useDocumentTitle(t('catalogue.title'));
  const [q, setQ] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(q, 250);
  const [file, setFile] = useState<File | null>(null);
  const list = useQuery({
    queryKey: ['catalogue', 'admin', debounced, category],
    queryFn: () =>
      api.get<z.infer<typeof CatalogueList>>(
        `/api/catalogue${query({ q: debounced.trim() || undefined, category, limit: 500 })}`,
      ),
    placeholderData: (previous) => previous,
  });
  const upload = useMutation({
    mutationFn: async (chosen: File) => importCsv(await chosen.text()),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['catalogue'] }),
  });
  const categories = CATEGORIES.map((value) => ({ value, label: t(`category.${value}`) }));

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('catalogue.title')}</Title>
        <Text c="dimmed">{t('catalogue.intro')}</Text>
      </div>

      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="catalogue-csv-title">
        <Title order={2} size="h4" id="catalogue-csv-title">
          {t('catalogue.csvTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('catalogue.csvIntro')}
        </Text>
        <Stack gap="sm">
          <Anchor href="/api/admin/catalogue/export" download="catalogue.csv">
            {t('catalogue.export')}
          </Anchor>
          <Group align="flex-end">
            <FileInput
              label={t('catalogue.importFile')}
              accept=".csv,text/csv"
              value={file}
              onChange={(value) => {
                setFile(value);
                upload.reset();
              }}
              clearable
              w={320}
            />
            <Button disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file)}>
              {t('catalogue.import')}
            </Button>
          </Group>
          {upload.isSuccess && (
            <Alert color="green" role="status" title={t('catalogue.imported')}>
              {t('catalogue.importResult', upload.data)}
            </Alert>
          )}
          {upload.error instanceof CatalogueReportError ? (
            <Alert color="red" title={upload.error.message} role="alert">
              <Text size="sm" mb="xs">
                {t('catalogue.nothingApplied')}
              </Text>
              <Table.ScrollContainer minWidth={480}>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('catalogue.report.row')}</Table.Th>
                      <Table.Th>{t('catalogue.report.column')}</Table.Th>
                      <Table.Th>{t('catalogue.report.problem')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {upload.error.problems.map((problem) => (
                      <Table.Tr key={`${problem.row}-${problem.column}-${problem.problem}`}>
                        <Table.Td>{problem.row}</Table.Td>
                        <Table.Td>{problem.column}</Table.Td>
                        <Table.Td>{problem.problem}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Alert>
          ) : (
            upload.isError && <ErrorAlert error={upload.error} />
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="catalogue-list-title">
        <Title order={2} size="h4" id="catalogue-list-title" mb="sm">
          {t('catalogue.listTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md">
          <TextInput
            label={t('catalogue.search')}
            type="search"
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
          />
          <Select
            label={t('catalogue.category')}
            placeholder={t('catalogue.allCategories')}
            data={categories}
            value={category}
            onChange={setCategory}
            clearable
          />
        </SimpleGrid>
        {list.isPending && <PageLoader />}
        {list.isError && <ErrorAlert error={list.error} />}
        {list.data &&
          (list.data.items.length === 0 ? (
            <Text c="dimmed">{t('common.nothingFound')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('catalogue.col.code')}</Table.Th>
                    <Table.Th>{t('catalogue.col.name')}</Table.Th>
                    <Table.Th>{t('catalogue.col.category')}</Table.Th>
                    <Table.Th>{t('catalogue.col.points')}</Table.Th>
                    <Table.Th>{t('catalogue.col.endOfSupport')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((model) => (
                    <Table.Tr key={model.id}>
                      <Table.Td>
                        <Text ff="monospace" size="sm">
                          {model.modelCode}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {model.name}{' '}
                        {!model.active && (
                          <Badge color="gray" size="xs">
                            {t('catalogue.inactive')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{t(`category.${model.category}`)}</Table.Td>
                      <Table.Td>
                        <PointsEditor key={model.id} model={model} />
                      </Table.Td>
                      <Table.Td>
                        <EndOfSupportEditor key={model.id} model={model} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ))}
        <Text size="xs" c="dimmed" mt="sm">
          {t('catalogue.pointsRule')} {t('catalogue.endOfSupportRule')}
        </Text>
      </Paper>
    </Stack>
  );
}
