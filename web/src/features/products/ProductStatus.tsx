import { Badge, CheckIcon, Group, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MissingFieldName } from './api.js';

/** The seed's green check (complete, points assigned), or an "Incomplete" mark naming what is missing. */
export function ProductStatus({
  complete,
  missing,
  status = 'active',
}: {
  complete: boolean;
  missing: readonly MissingFieldName[];
  status?: string;
}) {
  const { t } = useTranslation();
  if (status !== 'active') {
    return (
      <Badge color="gray" variant="light" data-testid="product-status">
        {t(`products.ended.${status}`)}
      </Badge>
    );
  }
  if (complete) {
    return (
      <Group gap={6} wrap="nowrap" data-testid="product-status">
        <ThemeIcon
          color="green.7"
          radius="xl"
          size="md"
          role="img"
          aria-label={t('products.complete')}
          title={t('products.complete')}
          data-testid="green-check"
        >
          <CheckIcon size={14} aria-hidden="true" />
        </ThemeIcon>
        <Text size="sm" c="green.9" aria-hidden="true">
          {t('products.completeShort')}
        </Text>
      </Group>
    );
  }
  const names = missing.map((field) => t(`products.field.${field}`)).join(', ');
  return (
    <Group gap={6} wrap="wrap" data-testid="product-status">
      <Badge color="orange" variant="filled" data-testid="incomplete-mark">
        {t('products.incomplete')}
      </Badge>
      {names && (
        <Text size="sm" c="orange.9">
          {t('products.missing', { fields: names })}
        </Text>
      )}
    </Group>
  );
}

/** "300 points" in the UI language. */
export function PointsText({ points }: { points: number }) {
  const { t, i18n } = useTranslation();
  return <>{t('products.points', { count: points, formatted: new Intl.NumberFormat(i18n.language).format(points) })}</>;
}
