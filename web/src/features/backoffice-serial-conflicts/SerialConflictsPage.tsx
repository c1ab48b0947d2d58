import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { formatDateTime } from '../../shared/i18n/format.js';
import { serialConflictQueries } from './queries.js';

/** Serial numbers another organisation tried to register (or migrate) while they were active elsewhere. */
export function SerialConflictsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('serialConflicts.title'));
  const list = useQuery(serialConflictQueries.list());
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('serialConflicts.title')}</Title>
        <Text c="dimmed">{t('serialConflicts.intro')}</Text>
      </div>
      <Paper withBorder p="lg" radius="md">
        {list.isPending && <PageLoader />}
        {list.isError && <ErrorAlert error={list.error} />}
        {list.data &&
          (list.data.items.length === 0 ? (
            <Text c="dimmed">{t('serialConflicts.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('serialConflicts.col.at')}</Table.Th>
                    <Table.Th>{t('serialConflicts.col.model')}</Table.Th>
                    <Table.Th>{t('serialConflicts.col.serial')}</Table.Th>
                    <Table.Th>{t('serialConflicts.col.existing')}</Table.Th>
                    <Table.Th>{t('serialConflicts.col.attempted')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((item) => (
                    <Table.Tr key={item.id}>
                      <Table.Td>{formatDateTime(item.at, i18n.language)}</Table.Td>
                      <Table.Td>{item.modelName}</Table.Td>
                      <Table.Td>
                        <Text ff="monospace" size="sm">
                          {item.serialNumber}
                        </Text>
                      </Table.Td>
                      <Table.Td>{item.existingOrganisation}</Table.Td>
                      <Table.Td>{item.attemptedByOrganisation}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ))}
      </Paper>
    </Stack>
  );
}
