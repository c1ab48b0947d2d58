import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProductEndOfSupport } from '../../shared/contracts.js';
import { formatDate } from '../../shared/i18n/format.js';

/**
 * The model's end of support on View product: the date ahead, or, once it has come, that the
 * product's points were removed. Nothing when the model has no end-of-support date.
 */
export function EndOfSupportNotice({ endOfSupport }: { endOfSupport: ProductEndOfSupport | null | undefined }) {
  const { t, i18n } = useTranslation();
  if (!endOfSupport) return null;
  const date = formatDate(endOfSupport.on, i18n.language);
  return endOfSupport.pointsRemoved ? (
    <Alert color="gray" variant="light" data-testid="end-of-support">
      <Text size="sm">{t('products.detail.endOfSupportPassed', { date })}</Text>
    </Alert>
  ) : (
    <Text size="sm" c="dimmed" data-testid="end-of-support">
      {t('products.detail.supportedUntil', { date })}
    </Text>
  );
}
