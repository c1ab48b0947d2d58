import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  List,
  Paper,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../shared/api/client.js';
import { useMe } from '../../shared/api/session.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { type CaseDetail, type CaseDocumentItem, type CaseEventItem, LANGUAGE_NAMES } from '../../shared/contracts.js';
import { useFormat } from '../../shared/i18n/format.js';
import { DecisionPanel } from './DecisionPanel.js';
import { EvidencePanel } from './EvidencePanel.js';
import { useSlaLeft } from './SlaLeft.js';
import { StatusBadge } from './StatusBadge.js';
import { VatRegistryPanel } from './VatRegistryPanel.js';

export function caseKey(id: string) {
  return ['staff', 'case', id] as const;
}

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

export function CaseDetailPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const slaLeft = useSlaLeft();
  const { id = '' } = useParams();
  const client = useQueryClient();
  const me = useMe().data?.user;
  const detail = useQuery({ queryKey: caseKey(id), queryFn: () => api.get<CaseDetail>(`/api/staff/cases/${id}`) });
  useDocumentTitle(detail.data ? `${detail.data.reference} · ${detail.data.organisationName}` : t('cases.caseTitle'));

  const onUpdated = (next: CaseDetail) => {
    client.setQueryData(caseKey(id), next);
    void client.invalidateQueries({ queryKey: ['staff', 'cases'] });
  };
  const claim = useMutation({
    mutationFn: (action: 'claim' | 'release') => api.post<CaseDetail>(`/api/staff/cases/${id}/${action}`),
    onSuccess: onUpdated,
  });

  if (detail.isPending) return <PageLoader />;
  if (detail.isError) {
    return (
      <Stack>
        <Anchor component={Link} to="/back-office/cases">
          ← {t('cases.backToQueue')}
        </Anchor>
        <ErrorAlert error={detail.error} />
      </Stack>
    );
  }
  const data = detail.data;
  const mine = !!me && data.assigneeId === me.id;
  const decided = data.status === 'approved' || data.status === 'rejected';

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/back-office/cases" size="sm">
        ← {t('cases.backToQueue')}
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {data.organisationName}
          </Title>
          <Group gap="xs" mt={4}>
            <Text c="dimmed">
              {t('cases.col.reference')} <strong data-testid="case-reference">{data.reference}</strong>
            </Text>
            <StatusBadge status={data.status} size="md" />
            {data.overdue && (
              <Badge color="red" variant="filled">
                {t('cases.overdue')}
              </Badge>
            )}
          </Group>
        </div>
        <Paper withBorder p="sm" radius="md">
          <Stack gap={4}>
            <Text size="sm">
              {t('cases.col.slaDue')}:{' '}
              <Text span fw={700} c={data.overdue ? 'red.9' : undefined} data-testid="case-sla">
                {data.slaDueAt ? `${format.dateTime(data.slaDueAt)} (${slaLeft(data.slaWorkingDaysLeft)})` : '—'}
              </Text>
            </Text>
            <Text size="sm">
              {t('cases.col.assignee')}: <strong>{data.assigneeName ?? t('cases.unassigned')}</strong>
            </Text>
            {!decided && (
              <Group gap="xs">
                {mine ? (
                  <Button size="xs" variant="default" onClick={() => claim.mutate('release')} loading={claim.isPending}>
                    {t('cases.release')}
                  </Button>
                ) : (
                  <Button size="xs" onClick={() => claim.mutate('claim')} loading={claim.isPending}>
                    {data.assigneeId ? t('cases.takeOver') : t('cases.claim')}
                  </Button>
                )}
              </Group>
            )}
            {claim.isError && <ErrorAlert error={claim.error} />}
          </Stack>
        </Paper>
      </Group>

      <DuplicateSignals duplicates={data.duplicates} />
      {data.vatRegistry && data.company.vatNumber && (
        <VatRegistryPanel evidence={data.vatRegistry} vatNumber={data.company.vatNumber} />
      )}
      {data.evidence && <EvidencePanel evidence={data.evidence} vatRegistered={data.company.vatRegistered} />}

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

      <Documents caseId={data.id} documents={data.documents} deletedOn={data.documentsDeletedOn} />

      {!decided && <DecisionPanel detail={data} onDecided={onUpdated} />}

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="history-title">
        <Title order={2} size="h5" mb="sm" id="history-title">
          {t('cases.history')}
        </Title>
        <History events={data.events} />
      </Paper>
    </Stack>
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

function DuplicateSignals({ duplicates }: { duplicates: CaseDetail['duplicates'] }) {
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

function Documents({
  caseId,
  documents,
  deletedOn,
}: {
  caseId: string;
  documents: CaseDocumentItem[];
  deletedOn: string | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const first = documents.find((doc) => doc.current) ?? documents[0];
  const [selectedId, setSelectedId] = useState<string | null>(first?.id ?? null);
  const selected = documents.find((doc) => doc.id === selectedId) ?? first;
  const url = (doc: CaseDocumentItem) => `/api/staff/cases/${caseId}/documents/${doc.id}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="documents-title">
      <Title order={2} size="h5" mb="sm" id="documents-title">
        {t('registration.documents.title')}
      </Title>
      {deletedOn && (
        <Text size="sm" c="dimmed" mb="sm" data-testid="documents-retention">
          {t(new Date(deletedOn) <= new Date() ? 'cases.retention.deletedOn' : 'cases.retention.deletesOn', {
            date: format.date(deletedOn),
          })}
        </Text>
      )}
      {documents.length === 0 ? (
        <Text c="dimmed">{t('cases.noDocuments')}</Text>
      ) : (
        <Grid>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {documents.map((doc) => (
                <li key={doc.id}>
                  <Button
                    fullWidth
                    variant={doc.id === selected?.id ? 'light' : 'subtle'}
                    justify="flex-start"
                    h="auto"
                    py={6}
                    onClick={() => setSelectedId(doc.id)}
                    aria-pressed={doc.id === selected?.id}
                  >
                    <Stack gap={0} align="flex-start" style={{ whiteSpace: 'normal', textAlign: 'left' }}>
                      <Text size="sm" fw={600}>
                        {t(`documentKind.${doc.kind}`)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {doc.originalName} · {format.bytes(doc.size)} · {format.dateTime(doc.uploadedAt)}
                      </Text>
                      {!doc.current && (
                        <Badge size="xs" color="gray">
                          {t('cases.superseded')}
                        </Badge>
                      )}
                    </Stack>
                  </Button>
                </li>
              ))}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            {selected && (
              <Stack gap="xs">
                <Group justify="space-between">
                  <Text size="sm" fw={600}>
                    {selected.originalName}
                  </Text>
                  {!selected.deletedAt && (
                    <Anchor href={url(selected)} target="_blank" rel="noopener" size="sm">
                      {t('cases.openDocument')}
                    </Anchor>
                  )}
                </Group>
                {selected.deletedAt ? (
                  <Text size="sm" c="dimmed" data-testid="document-deleted">
                    {t('cases.retention.deleted', { date: format.date(selected.deletedAt) })}
                  </Text>
                ) : selected.contentType.startsWith('image/') ? (
                  <img
                    src={url(selected)}
                    alt={t('cases.documentAlt', {
                      kind: t(`documentKind.${selected.kind}`),
                      name: selected.originalName,
                    })}
                    className="pp-doc-image"
                  />
                ) : (
                  <iframe
                    key={selected.id}
                    src={url(selected)}
                    title={t('cases.documentAlt', {
                      kind: t(`documentKind.${selected.kind}`),
                      name: selected.originalName,
                    })}
                    className="pp-doc-frame"
                    data-testid="document-viewer"
                  />
                )}
              </Stack>
            )}
          </Grid.Col>
        </Grid>
      )}
    </Paper>
  );
}

function History({ events }: { events: CaseEventItem[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (events.length === 0) return <Text c="dimmed">{t('cases.noHistory')}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} active={events.length - 1}>
      {events.map((event, index) => (
        <Timeline.Item
          // biome-ignore lint/suspicious/noArrayIndexKey: events are append-only and never reorder
          key={`${event.at}-${index}`}
          title={t(`events.${event.action}`, { defaultValue: event.action })}
        >
          <Text size="xs" c="dimmed">
            {format.dateTime(event.at)} · {event.actorName ?? t('cases.system')}
          </Text>
          {event.toStatus && event.fromStatus !== event.toStatus && (
            <Text size="sm">
              {event.fromStatus ? `${t(`applicationStatus.${event.fromStatus}`)} → ` : ''}
              {t(`applicationStatus.${event.toStatus}`)}
            </Text>
          )}
          <EventDetail detail={event.detail} />
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** Internal identifiers that mean nothing to a validator. */
const HIDDEN_DETAIL = new Set(['organisationId', 'applicationId', 'userId']);

function EventDetail({ detail }: { detail: Record<string, unknown> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const entries = Object.entries(detail).filter(
    ([key, value]) => !HIDDEN_DETAIL.has(key) && value !== null && value !== undefined && value !== '',
  );
  if (entries.length === 0) return null;
  const show = (key: string, value: unknown): string => {
    if (key === 'reason' && typeof value === 'string') return t(`rejectReason.${value}`, { defaultValue: value });
    if ((key === 'documents' || key === 'requestedDocuments') && Array.isArray(value)) {
      return value.map((kind) => t(`documentKind.${String(kind)}`, { defaultValue: String(kind) })).join(', ');
    }
    if (key === 'declaration' && value && typeof value === 'object') {
      const declaration = value as { name?: string; at?: string; ip?: string };
      return t('cases.declarationBy', {
        name: declaration.name ?? '',
        at: format.dateTime(declaration.at),
        ip: declaration.ip ?? '',
      });
    }
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
    return JSON.stringify(value);
  };
  return (
    <Stack gap={0} mt={2}>
      {entries.map(([key, value]) => (
        <Text size="sm" key={key} style={{ whiteSpace: 'pre-wrap' }}>
          <Text span c="dimmed">
            {t(`events.detail.${key}`, { defaultValue: key })}:
          </Text>{' '}
          {show(key, value)}
        </Text>
      ))}
    </Stack>
  );
}
