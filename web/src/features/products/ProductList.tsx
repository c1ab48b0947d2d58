import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ProductItem, shortDate } from './api.js';
import { PointsText, ProductStatus } from './ProductStatus.js';

/** The cells every layout shows: model (and whether it came from the old programme), points, status, view. */
function useCells() {
  const { t } = useTranslation();
  return {
    model: (product: ProductItem) => (
      <>
        <Text size="sm" fw={600}>
          {product.modelName || t('products.unknownModel')}
        </Text>
        {product.source === 'migrated' && (
          <Text size="xs" c="dimmed">
            {t('products.migratedMark')}
          </Text>
        )}
      </>
    ),
    points: (product: ProductItem) => (
      <>
        <Text size="sm" c={product.complete ? undefined : 'dimmed'}>
          <PointsText points={product.points} />
        </Text>
        {!product.complete && product.status === 'active' && (
          <Text size="xs" c="dimmed">
            {t('products.pointsPending')}
          </Text>
        )}
      </>
    ),
    status: (product: ProductItem) => (
      <ProductStatus complete={product.complete} missing={product.missing} status={product.status} />
    ),
    view: (product: ProductItem) => (
      <Button
        component={Link}
        to={`/portal/products/${product.id}`}
        size="xs"
        variant={product.complete ? 'default' : 'filled'}
        aria-label={t('products.viewNamed', {
          name: `${product.modelName} ${product.serialNumber ?? ''}`.trim(),
        })}
      >
        {t('products.view')}
      </Button>
    ),
  };
}

function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <div style={{ textAlign: 'right', overflowWrap: 'anywhere' }}>{children}</div>
    </Group>
  );
}

/**
 * The organisation's products: a table on wide screens and, on a phone, a card per product so the
 * status and the way to the product never sit off screen behind a sideways scroll.
 */
export function ProductList({ items }: { items: ProductItem[] }) {
  const { t, i18n } = useTranslation();
  const narrow = useMediaQuery('(max-width: 48em)');
  const cell = useCells();
  if (narrow)
    return (
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((product) => (
          <Paper key={product.id} component="li" withBorder p="sm" radius="sm" data-testid="product-row">
            <Stack gap={6}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{cell.model(product)}</div>
                {/* A long model name wraps; the button keeps its whole label. */}
                <div style={{ flexShrink: 0 }}>{cell.view(product)}</div>
              </Group>
              <Line label={t('products.col.status')}>{cell.status(product)}</Line>
              <Line label={t('products.col.serialNumber')}>
                <Text size="sm">{product.serialNumber ?? '—'}</Text>
              </Line>
              <Line label={t('products.col.purchaseDate')}>
                <Text size="sm">{shortDate(product.purchaseDate, i18n.language)}</Text>
              </Line>
              <Line label={t('products.col.points')}>{cell.points(product)}</Line>
            </Stack>
          </Paper>
        ))}
      </Stack>
    );
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('products.col.model')}</Table.Th>
            <Table.Th>{t('products.col.serialNumber')}</Table.Th>
            <Table.Th>{t('products.col.purchaseDate')}</Table.Th>
            <Table.Th ta="right">{t('products.col.points')}</Table.Th>
            <Table.Th>{t('products.col.status')}</Table.Th>
            <Table.Th>
              <span className="pp-visually-hidden">{t('common.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((product) => (
            <Table.Tr key={product.id} data-testid="product-row">
              <Table.Td>{cell.model(product)}</Table.Td>
              <Table.Td>{product.serialNumber ?? '—'}</Table.Td>
              <Table.Td>{shortDate(product.purchaseDate, i18n.language)}</Table.Td>
              <Table.Td ta="right">{cell.points(product)}</Table.Td>
              <Table.Td>{cell.status(product)}</Table.Td>
              <Table.Td>{cell.view(product)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
