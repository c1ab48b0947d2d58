import { Anchor, Badge, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/i18n/format.js';
import type { CaseDocumentItem } from './queries.js';

/** The document shown first: the first current one (superseded uploads stay listed below it). */
const firstDocument = (documents: CaseDocumentItem[]) => documents.find((doc) => doc.current) ?? documents[0];

/** The document after `current` in the list, back to the first after the last (the "next document" key). */
export function nextDocumentId(documents: CaseDocumentItem[], current: string | null): string | null {
  if (documents.length === 0) return null;
  const index = documents.findIndex((doc) => doc.id === (current ?? firstDocument(documents)?.id));
  return documents[(index + 1) % documents.length]!.id;
}

/** The company documents: a list and the selected one shown beside it (`selectedId` null: the first). */
export function Documents({
  caseId,
  documents,
  deletedOn,
  selectedId,
  onSelect,
}: {
  caseId: string;
  documents: CaseDocumentItem[];
  deletedOn: string | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const first = firstDocument(documents);
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
                    onClick={() => onSelect(doc.id)}
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
