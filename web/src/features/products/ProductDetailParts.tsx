import { Badge, Group, Paper, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, formatDateTime } from '../../shared/i18n/format.js';
import { type ProductDetailBody, shortDate } from './api.js';

/** A field's label, with a "missing" badge while the product lacks it. */
export function MissingLabel({ label, missing }: { label: string; missing: boolean }) {
  const { t } = useTranslation();
  if (!missing) return <>{label}</>;
  return (
    <Group gap={6} component="span" style={{ display: 'inline-flex' }}>
      <span>{label}</span>
      <Badge color="orange" size="xs" variant="filled" component="span">
        {t('products.detail.missingBadge')}
      </Badge>
    </Group>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w="35%" fw={600}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

/** What is registered of the product. */
export function ProductData({ data }: { data: ProductDetailBody }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="product-data-title">
      <Title order={2} size="h4" id="product-data-title" mb="sm">
        {t('products.detail.dataTitle')}
      </Title>
      <Table>
        <Table.Tbody>
          <Row label={t('products.field.model')}>
            {data.modelId ? (
              <>
                {data.modelName}{' '}
                {data.modelCode && (
                  <Text span c="dimmed">
                    ({data.modelCode})
                  </Text>
                )}
              </>
            ) : (
              <Text span c="orange.9">
                {t('products.detail.unmappedModel', { name: data.modelName || '—' })}
              </Text>
            )}
          </Row>
          <Row label={t('products.field.category')}>{data.category ? t(`category.${data.category}`) : '—'}</Row>
          <Row label={t('products.field.serialNumber')}>{data.serialNumber ?? '—'}</Row>
          <Row label={t('products.field.purchaseDate')}>{shortDate(data.purchaseDate, i18n.language)}</Row>
          <Row label={t('products.field.purchaseCountry')}>
            {data.purchaseCountry ? countryName(data.purchaseCountry, i18n.language) : '—'}
          </Row>
          <Row label={t('products.field.dealer')}>{data.dealer ?? '—'}</Row>
          <Row label={t('products.field.source')}>{t(`products.source.${data.source}`)}</Row>
          <Row label={t('products.field.registeredAt')}>{formatDateTime(data.registeredAt, i18n.language)}</Row>
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** The product's history: who changed what, and the points it gave. */
export function ProductHistory({ data }: { data: ProductDetailBody }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="product-history-title">
      <Title order={2} size="h4" id="product-history-title" mb="sm">
        {t('products.detail.historyTitle')}
      </Title>
      {data.history.length === 0 ? (
        <Text c="dimmed">{t('products.detail.noHistory')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('products.detail.when')}</Table.Th>
                <Table.Th>{t('products.detail.what')}</Table.Th>
                <Table.Th>{t('products.detail.who')}</Table.Th>
                <Table.Th>{t('products.detail.details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.history.map((entry) => (
                <Table.Tr key={`${entry.at}-${entry.action}`} data-testid="history-entry">
                  <Table.Td>{formatDateTime(entry.at, i18n.language)}</Table.Td>
                  <Table.Td>{t(`products.history.${entry.action}`, { defaultValue: entry.action })}</Table.Td>
                  <Table.Td>{entry.actorName ?? t('cases.system')}</Table.Td>
                  <Table.Td>
                    <HistoryDetail detail={entry.detail} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function HistoryDetail({ detail }: { detail: Record<string, unknown> }) {
  const { t } = useTranslation();
  const parts: string[] = [];
  const changed = detail.changed;
  const fields = Array.isArray(changed)
    ? changed.map(String)
    : changed && typeof changed === 'object'
      ? Object.keys(changed)
      : [];
  if (fields.length) {
    parts.push(
      t('products.history.changed', {
        fields: fields
          .map((field) => (field === 'modelId' ? 'model' : field))
          .map((field) => t(`products.field.${field}`, { defaultValue: field }))
          .join(', '),
      }),
    );
  }
  if (typeof detail.points === 'number') parts.push(t('products.history.points', { count: detail.points }));
  return <>{parts.join(' · ') || '—'}</>;
}
