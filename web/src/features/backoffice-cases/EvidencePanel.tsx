import { Badge, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from './queries.js';

type Evidence = NonNullable<CaseDetail['evidence']>;
type DocumentItem = Evidence['documents'][number];
type SignalItem = Evidence['signals'][number];
type EvidenceFinding = NonNullable<DocumentItem['findings']>['vatNumber'];

const COLOURS: Record<SignalItem['colour'], string> = { green: 'green', amber: 'orange', red: 'red', gray: 'gray' };
const FINDINGS = ['vatNumber', 'name', 'address', 'date', 'registerNumber', 'otherCompany'] as const;

/** The text around a finding, the finding itself highlighted. */
function Snippet({ finding }: { finding: EvidenceFinding }) {
  if (!finding.snippet) return null;
  return (
    <Text size="xs" c="dimmed" component="q">
      {finding.snippet.before} <mark>{finding.snippet.match}</mark> {finding.snippet.after}
    </Text>
  );
}

function Signal({ signal }: { signal: SignalItem }) {
  const { t } = useTranslation();
  const params = {
    ...signal.params,
    kind: typeof signal.params.kind === 'string' ? t(`documentKind.${signal.params.kind}`) : '',
  };
  return (
    <List.Item
      icon={
        <Badge color={COLOURS[signal.colour]} size="xs" variant="filled" w={64}>
          {t(`cases.evidence.colour.${signal.colour}`)}
        </Badge>
      }
      data-signal={signal.code}
      data-colour={signal.colour}
    >
      <Text size="sm">
        <strong>{t(`cases.evidence.signal.${signal.code}`)}</strong>:{' '}
        {t(`cases.evidence.reason.${signal.reason}`, params)}
      </Text>
    </List.Item>
  );
}

function DocumentFindings({ document, vatRegistered }: { document: DocumentItem; vatRegistered: boolean }) {
  const { t } = useTranslation();
  const shown = FINDINGS.filter(
    (key) =>
      (key !== 'vatNumber' || vatRegistered) &&
      (key !== 'registerNumber' || document.kind === 'chamber_extract') &&
      (key !== 'otherCompany' || document.findings?.otherCompany.found),
  );
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="evidence-document" data-status={document.status}>
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={600}>
          {t(`documentKind.${document.kind}`)} — {document.originalName}
        </Text>
        <Badge color={document.status === 'read' ? 'blue' : 'gray'} variant="light" size="sm">
          {t(`cases.evidence.status.${document.status}`, { count: document.pages })}
          {document.method === 'ocr' ? ` · ${t('cases.evidence.ocr')}` : ''}
        </Badge>
      </Group>
      {document.findings && (
        <Table verticalSpacing={2} fz="sm">
          <Table.Tbody>
            {shown.map((key) => {
              const finding = document.findings![key];
              const bad = key === 'otherCompany';
              return (
                <Table.Tr key={key}>
                  <Table.Th scope="row" w="30%" fw={500} c="dimmed">
                    {t(`cases.evidence.finding.${key}`)}
                  </Table.Th>
                  <Table.Td>
                    <Stack gap={0}>
                      <Text size="sm" c={bad ? 'red.9' : finding.found ? undefined : 'orange.9'}>
                        {finding.found
                          ? t('cases.evidence.foundOnPage', { page: finding.page ?? 1 })
                          : t('cases.evidence.notFound')}
                        {finding.value ? ` (${finding.value})` : ''}
                      </Text>
                      <Snippet finding={finding} />
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

/**
 * What the uploaded documents say, and the signals computed from it with the VAT registry's answer:
 * green confirms the form, orange asks for a closer look, red speaks against it, gray was not read.
 * Signals for the validator, never a decision.
 */
export function EvidencePanel({ evidence, vatRegistered }: { evidence: Evidence; vatRegistered: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-label={t('cases.evidence.title')}
      data-testid="evidence"
    >
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h5">
          {t('cases.evidence.title')}
        </Title>
        {evidence.clean && (
          <Badge color="green" variant="filled">
            {t('cases.evidence.clean')}
          </Badge>
        )}
      </Group>
      <List spacing={4} mb="sm" center>
        {evidence.signals.map((signal) => (
          <Signal key={signal.code} signal={signal} />
        ))}
      </List>
      <Stack gap="xs">
        {evidence.documents.map((document) => (
          <DocumentFindings key={document.documentId} document={document} vatRegistered={vatRegistered} />
        ))}
      </Stack>
    </Paper>
  );
}
