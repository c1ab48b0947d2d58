import { Alert, Badge, Grid, Group, List, Paper, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES } from '../../shared/contracts.js';
import { useFormat } from '../../shared/i18n/format.js';
import type { CaseDetail } from './queries.js';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="40%" fw={500} c="dimmed">
        {label}
      </Table.Th>
      <Table.Td>{children ?? '—'}</Table.Td>
    </Table.Tr>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" h="100%" component="section" aria-label={title}>
      <Title order={2} size="h5" mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function FieldTable({ children }: { children: ReactNode }) {
  return (
    <Table verticalSpacing={4} fz="sm">
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
}

/** The application as submitted: organisation, company, contact and the application itself. */
export function CaseFields({ data }: { data: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Card title={t('registration.organisation.title')}>
          <FieldTable>
            <Field label={t('registration.organisation.legalName')}>{data.organisation.legalName}</Field>
            <Field label={t('registration.organisation.tradingName')}>{data.organisation.tradingName}</Field>
            <Field label={t('registration.organisation.country')}>{format.country(data.organisation.country)}</Field>
            <Field label={t('registration.organisation.street')}>
              {data.organisation.street} {data.organisation.houseNumber}
            </Field>
            <Field label={t('registration.organisation.postcode')}>{data.organisation.postcode}</Field>
            <Field label={t('registration.organisation.city')}>{data.organisation.city}</Field>
            <Field label={t('registration.organisation.phone')}>{data.organisation.phone}</Field>
          </FieldTable>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Card title={t('registration.company.title')}>
          <FieldTable>
            <Field label={t('registration.company.vatRegistered')}>
              {data.company.vatRegistered ? t('common.yes') : t('common.no')}
            </Field>
            <Field label={t('registration.company.vatNumber')}>
              {data.company.vatNumber ? (
                <Group gap="xs">
                  <Text span ff="monospace">
                    {data.company.vatNumber}
                  </Text>
                  <VatBadge valid={data.company.vatFormatValid} />
                </Group>
              ) : null}
            </Field>
            <Field label={t('registration.company.tradeRegisterNumber')}>{data.company.tradeRegisterNumber}</Field>
            <Field label={t('registration.company.electronicAddress')}>
              {data.company.electronicAddress && (
                <Text span ff="monospace" data-testid="case-e-invoicing-address">
                  {data.company.electronicAddress}
                </Text>
              )}
            </Field>
            <Field label={t('registration.company.legacyEmail')}>{data.company.legacyEmail}</Field>
          </FieldTable>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Card title={t('registration.contact.title')}>
          <FieldTable>
            <Field label={t('colleagues.name')}>
              {data.contact.firstName} {data.contact.lastName}
            </Field>
            <Field label={t('auth.email')}>{data.contact.email}</Field>
            <Field label={t('registration.contact.locale')}>{LANGUAGE_NAMES[data.contact.locale]}</Field>
          </FieldTable>
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Card title={t('cases.application')}>
          <FieldTable>
            <Field label={t('cases.col.submitted')}>{format.dateTime(data.submittedAt)}</Field>
            <Field label={t('cases.source')}>{data.source}</Field>
            <Field label={t('cases.declaration')}>
              {t('cases.declarationBy', {
                name: data.declaration.name,
                at: format.dateTime(data.declaration.at),
                ip: data.declaration.ip,
              })}
            </Field>
            {data.requestedDocuments.length > 0 && (
              <Field label={t('cases.requestedDocuments')}>
                {data.requestedDocuments.map((kind) => t(`documentKind.${kind}`)).join(', ')}
              </Field>
            )}
          </FieldTable>
        </Card>
      </Grid.Col>
    </Grid>
  );
}

function VatBadge({ valid }: { valid: boolean | null }) {
  const { t } = useTranslation();
  if (valid === null) return <Badge color="gray">{t('cases.vat.unchecked')}</Badge>;
  return valid ? (
    <Badge color="green" data-testid="vat-result">
      {t('cases.vat.valid')}
    </Badge>
  ) : (
    <Badge color="red" data-testid="vat-result">
      {t('cases.vat.invalid')}
    </Badge>
  );
}

export function DuplicateSignals({ duplicates }: { duplicates: CaseDetail['duplicates'] }) {
  const { t } = useTranslation();
  if (duplicates.length === 0) {
    return (
      <Alert color="green" variant="light" title={t('cases.duplicates.title')}>
        {t('cases.duplicates.none')}
      </Alert>
    );
  }
  return (
    <Alert color="orange" variant="light" title={t('cases.duplicates.title')} data-testid="duplicates">
      <List size="sm">
        {duplicates.map((item) => (
          <List.Item key={`${item.field}-${item.reference}`}>
            {t('cases.duplicates.item', {
              field: t(`cases.duplicates.fields.${item.field}`),
              kind: t(`cases.duplicates.kinds.${item.kind}`),
              reference: item.reference,
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
