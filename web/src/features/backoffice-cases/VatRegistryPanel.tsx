import { Alert, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/i18n/format.js';
import type { CaseDetail } from './queries.js';

type Evidence = NonNullable<CaseDetail['vatRegistry']>;

/** A signal's colour: green when the registry confirms the form, orange to look closer, red against it. */
function colourOf(evidence: Evidence): string {
  if (evidence.outcome === 'invalid') return 'red';
  if (evidence.outcome === 'valid') return evidence.nameMatch === 'differs' ? 'orange' : 'green';
  return 'gray';
}

/**
 * What the VAT registry (EU VIES) says about the application's VAT number, beside the form: a signal
 * for the validator, never a decision. A stand-in's answer is named as such.
 */
export function VatRegistryPanel({ evidence, vatNumber }: { evidence: Evidence; vatNumber: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const outcome = evidence.outcome === 'valid' && evidence.nameMatch ? `valid_${evidence.nameMatch}` : evidence.outcome;
  return (
    <Alert
      color={colourOf(evidence)}
      variant="light"
      data-testid="vat-registry"
      data-outcome={evidence.outcome}
      title={
        <Group gap="xs">
          <span>{t('cases.vatRegistry.title', { vatNumber })}</span>
          {evidence.standIn && (
            <Badge size="sm" color="gray" variant="outline">
              {t('cases.vatRegistry.standIn')}
            </Badge>
          )}
        </Group>
      }
    >
      <Stack gap={4}>
        <Text size="sm">{t(`cases.vatRegistry.outcome.${outcome}`, { reason: evidence.reason ?? '' })}</Text>
        {evidence.name && (
          <Text size="sm">
            {t('cases.vatRegistry.name')}: <strong>{evidence.name}</strong>
          </Text>
        )}
        {evidence.address && (
          <Text size="sm">
            {t('cases.vatRegistry.address')}: {evidence.address}
          </Text>
        )}
        {evidence.consultationNumber && (
          <Text size="sm">
            {t('cases.vatRegistry.consultation')}: {evidence.consultationNumber}
          </Text>
        )}
        {evidence.checkedAt && (
          <Text size="xs" c="dimmed">
            {t('cases.vatRegistry.checkedAt', { at: format.dateTime(evidence.checkedAt) })}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
