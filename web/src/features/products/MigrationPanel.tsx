import { Alert, Badge, Button, Group, List, Modal, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import type { MigrationResultBody, MigrationStateBody } from './api.js';
import { PointsText } from './ProductStatus.js';
import { productKeys, productRequests } from './queries.js';

/** The seed's blue button, on the right of My products. */
export function MigrateButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button color="blue" size="md" onClick={onClick} data-testid="migrate-button" fw={700}>
      {t('migration.button')}
    </Button>
  );
}

type Preview = MigrationStateBody['preview'];

/** Preview of what MIGRATE PRODUCTS brings over, the confirmation and then the result. */
export function MigrationModal({
  preview,
  opened,
  onClose,
}: {
  preview: Preview;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [result, setResult] = useState<MigrationResultBody | null>(null);
  /** Set at the first click, before React re-renders the button as loading: a double click migrates once. */
  const started = useRef(false);
  const migrate = useMutation({
    mutationFn: productRequests.migrate,
    onSettled: () => {
      started.current = false;
    },
    onSuccess: (body) => {
      setResult(body);
      void client.invalidateQueries({ queryKey: productKeys.all });
      void client.invalidateQueries({ queryKey: productKeys.migration });
    },
  });
  const counts = useMemo(() => {
    const coming = preview.filter((item) => !item.serialConflict);
    const complete = coming.filter((item) => item.missing.length === 0);
    return {
      total: coming.length,
      complete: complete.length,
      incomplete: coming.length - complete.length,
      conflicts: preview.length - coming.length,
      points: complete.reduce((sum, item) => sum + item.points, 0),
    };
  }, [preview]);

  const close = () => {
    if (migrate.isPending) return;
    onClose();
    setResult(null);
    migrate.reset();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      size="xl"
      title={result ? t('migration.resultTitle') : t('migration.previewTitle')}
    >
      {result ? (
        <Stack data-testid="migration-result">
          <Alert color="green" role="status" title={t('migration.resultDone', { count: result.migrated })}>
            <List size="sm">
              <List.Item>{t('migration.resultComplete', { count: result.complete })}</List.Item>
              <List.Item>{t('migration.resultIncomplete', { count: result.incomplete })}</List.Item>
              <List.Item>{t('migration.resultPoints', { count: result.pointsAwarded })}</List.Item>
            </List>
          </Alert>
          {result.incomplete > 0 && <Text size="sm">{t('migration.resultCompleteHint')}</Text>}
          {result.conflicts.length > 0 && (
            <Alert color="orange" title={t('migration.conflictsTitle', { count: result.conflicts.length })}>
              <Text size="sm" mb="xs">
                {t('migration.conflictsText')}
              </Text>
              <List size="sm">
                {result.conflicts.map((conflict) => (
                  <List.Item key={conflict.legacyId}>
                    {conflict.modelName} — {conflict.serialNumber}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button onClick={close}>{t('migration.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm">{t('migration.previewIntro')}</Text>
          <Table.ScrollContainer minWidth={600}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('products.col.model')}</Table.Th>
                  <Table.Th>{t('products.col.serialNumber')}</Table.Th>
                  <Table.Th ta="right">{t('products.col.points')}</Table.Th>
                  <Table.Th>{t('migration.afterMigration')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.map((item) => (
                  <Table.Tr key={item.legacyId} data-testid="migration-preview-row">
                    <Table.Td>{item.modelName || '—'}</Table.Td>
                    <Table.Td>{item.serialNumber ?? '—'}</Table.Td>
                    <Table.Td ta="right">
                      <PointsText points={item.points} />
                    </Table.Td>
                    <Table.Td>
                      {item.serialConflict ? (
                        <Badge color="red" variant="light">
                          {t('migration.conflict')}
                        </Badge>
                      ) : item.missing.length > 0 ? (
                        <Text size="sm" c="orange.9">
                          {t('migration.needsCompleting', {
                            fields: item.missing.map((field) => t(`products.field.${field}`)).join(', '),
                          })}
                        </Text>
                      ) : (
                        <Badge color="green" variant="light">
                          {t('migration.willBeComplete')}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="sm" data-testid="migration-preview-summary">
            {t('migration.previewSummary', {
              count: counts.total,
              complete: counts.complete,
              incomplete: counts.incomplete,
              points: counts.points,
            })}
            {counts.conflicts > 0 && ` ${t('migration.previewConflicts', { count: counts.conflicts })}`}
          </Text>
          {migrate.isError && <ErrorAlert error={migrate.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color="blue"
              loading={migrate.isPending}
              onClick={() => {
                if (started.current) return;
                started.current = true;
                migrate.mutate();
              }}
            >
              {t('migration.confirm', { count: counts.total })}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
