import { Alert, Anchor, Group, Paper, Stack, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { Documents, nextDocumentId } from './CaseDocuments.js';
import { CaseFields, DuplicateSignals } from './CaseFields.js';
import { CaseHeader } from './CaseHeader.js';
import { History } from './CaseHistory.js';
import { type DecisionKind, DecisionPanel } from './DecisionPanel.js';
import { EvidencePanel } from './EvidencePanel.js';
import { type CaseDetail, caseKeys, caseQueries } from './queries.js';
import { type Shortcut, ShortcutsHelp, useNextCase, useShortcuts } from './Shortcuts.js';
import { VatRegistryPanel } from './VatRegistryPanel.js';

export function CaseDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const client = useQueryClient();
  const detail = useQuery(caseQueries.detail(id));
  useDocumentTitle(detail.data ? `${detail.data.reference} · ${detail.data.organisationName}` : t('cases.caseTitle'));
  const [decision, setDecision] = useState<DecisionKind | null>(null);
  const [documentId, setDocumentId] = useState<string | null>(null);
  const { next, none } = useNextCase();

  const onUpdated = (updated: CaseDetail) => {
    client.setQueryData(caseKeys.detail(id), updated);
    void client.invalidateQueries({ queryKey: caseKeys.lists });
  };
  // After a decision the next case of the queue opens (clean ones first).
  const onDecided = (updated: CaseDetail) => {
    onUpdated(updated);
    setDocumentId(null);
    next.mutate(false);
  };

  const data = detail.data;
  const open = !!data && data.status !== 'approved' && data.status !== 'rejected';
  const shortcuts: Shortcut[] = [
    {
      key: 'd',
      label: t('cases.shortcuts.nextDocument'),
      run: () => data && setDocumentId(nextDocumentId(data.documents, documentId)),
    },
    ...(open
      ? [
          { key: 'a', label: t('decision.approve'), run: () => setDecision('approve') },
          { key: 'i', label: t('decision.requestInfo'), run: () => setDecision('request_info') },
          { key: 'r', label: t('decision.reject'), run: () => setDecision('reject') },
        ]
      : []),
    { key: 'n', label: t('cases.shortcuts.nextCase'), run: () => !next.isPending && next.mutate(false) },
  ];
  const help = useShortcuts(shortcuts, decision !== null);

  if (detail.isPending) return <PageLoader />;
  if (detail.isError || !data) {
    return (
      <Stack>
        <Anchor component={Link} to="/back-office/cases">
          ← {t('cases.backToQueue')}
        </Anchor>
        <ErrorAlert error={detail.error} />
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Anchor component={Link} to="/back-office/cases" size="sm">
          ← {t('cases.backToQueue')}
        </Anchor>
        <ShortcutsHelp shortcuts={shortcuts} open={help.helpOpen} setOpen={help.setHelpOpen} />
      </Group>
      {none && (
        <Alert color="gray" variant="light" role="status">
          {t('cases.next.none')}
        </Alert>
      )}
      {next.isError && <ErrorAlert error={next.error} />}
      <CaseHeader data={data} onUpdated={onUpdated} />

      <DuplicateSignals duplicates={data.duplicates} />
      {data.vatRegistry && data.company.vatNumber && (
        <VatRegistryPanel evidence={data.vatRegistry} vatNumber={data.company.vatNumber} />
      )}
      {data.evidence && <EvidencePanel evidence={data.evidence} vatRegistered={data.company.vatRegistered} />}

      <CaseFields data={data} />

      <Documents
        caseId={data.id}
        documents={data.documents}
        deletedOn={data.documentsDeletedOn}
        selectedId={documentId}
        onSelect={setDocumentId}
      />

      {open && <DecisionPanel detail={data} onDecided={onDecided} open={decision} setOpen={setDecision} />}

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="history-title">
        <Title order={2} size="h5" mb="sm" id="history-title">
          {t('cases.history')}
        </Title>
        <History events={data.events} />
      </Paper>
    </Stack>
  );
}
