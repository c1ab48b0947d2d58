import { Button, FileInput, Group, Paper, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { ImportProgress } from './ImportProgress.js';
import { financeKeys, financeRequests } from './queries.js';
import { UnmatchedList } from './UnmatchedList.js';

/** Bank statements: upload a CAMT.053 file and follow its import, then match what stayed unmatched. */
export function StatementsTab() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (chosen: File) => financeRequests.uploadStatement(chosen),
    onSuccess: () => void client.invalidateQueries({ queryKey: financeKeys.all }),
  });

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <Title order={3} size="h5" mb="xs">
          {t('finance.statements.uploadTitle')}
        </Title>
        <Group align="flex-end">
          <FileInput
            label={t('finance.statements.file')}
            accept=".xml,application/xml,text/xml"
            value={file}
            onChange={(value) => {
              setFile(value);
              upload.reset();
            }}
            clearable
            w={320}
          />
          <Button disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file)}>
            {t('finance.statements.upload')}
          </Button>
        </Group>
        {upload.isError && <ErrorAlert error={upload.error} />}
        {upload.data && <ImportProgress id={upload.data.statement.id} duplicate={upload.data.duplicate} />}
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={3} size="h5" mb="xs">
          {t('finance.statements.unmatchedTitle')}
        </Title>
        <UnmatchedList />
      </Paper>
    </Stack>
  );
}
