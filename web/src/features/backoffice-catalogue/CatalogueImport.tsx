import { Alert, Anchor, Button, FileInput, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { CatalogueReportError, catalogueKeys, catalogueRequests } from './queries.js';

/** The catalogue as CSV: the export, and an import that applies the whole file or, with a report, nothing. */
export function CatalogueImport() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: async (chosen: File) => catalogueRequests.importCsv(await chosen.text()),
    onSuccess: () => void client.invalidateQueries({ queryKey: catalogueKeys.all }),
  });

  return (
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
  );
}
