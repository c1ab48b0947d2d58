import { Badge, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { EndOfSupportEditor, PointsEditor } from './ModelEditors.js';
import type { CatalogueModel } from './queries.js';

function ModelName({ model }: { model: CatalogueModel }) {
  const { t } = useTranslation();
  return (
    <>
      {model.name}{' '}
      {!model.active && (
        <Badge color="gray" size="xs">
          {t('catalogue.inactive')}
        </Badge>
      )}
    </>
  );
}

/** On a phone a card per model, its two editors under its name: nothing to scroll sideways for. */
function ModelCards({ models }: { models: readonly CatalogueModel[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {models.map((model) => (
        <Paper key={model.id} withBorder p="xs" radius="sm">
          <Text size="sm" fw={600}>
            <ModelName model={model} />
          </Text>
          <Text size="sm" c="dimmed" mb={4}>
            <Text span ff="monospace" size="sm">
              {model.modelCode}
            </Text>{' '}
            · {t(`category.${model.category}`)}
          </Text>
          <Text size="xs" c="dimmed">
            {t('catalogue.col.points')}
          </Text>
          <PointsEditor model={model} />
          <Text size="xs" c="dimmed" mt={4}>
            {t('catalogue.col.endOfSupport')}
          </Text>
          <EndOfSupportEditor model={model} />
        </Paper>
      ))}
    </Stack>
  );
}

/** The catalogue's models with their point value and end of support, each editable in place. */
export function CatalogueTable({ models }: { models: readonly CatalogueModel[] }) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 48em)');
  if (narrow) return <ModelCards models={models} />;
  return (
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
          {models.map((model) => (
            <Table.Tr key={model.id}>
              <Table.Td>
                <Text ff="monospace" size="sm">
                  {model.modelCode}
                </Text>
              </Table.Td>
              <Table.Td>
                <ModelName model={model} />
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
  );
}
