import { Button, Group, Modal, MultiSelect, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api/client.js';
import { useMeta } from '../../shared/api/session.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import {
  DOCUMENT_KINDS,
  type DocumentKind,
  NO_VAT_DOCUMENT_KINDS,
  REJECT_REASONS,
  VAT_DOCUMENT_KINDS,
} from '../../shared/contracts.js';
import { type CaseDetail, caseRequests, type DecisionBody } from './queries.js';
import { useRequestInfoPrefill } from './requestInfoPrefill.js';

export type DecisionKind = 'approve' | 'reject' | 'request_info';

/**
 * Approve (confirm), reject (reason + text) or request more information (documents + note, prefilled
 * with the documents this organisation may send and a standard reason in the applicant's language).
 * Which dialog is open belongs to the page, so its keyboard shortcuts open them too.
 */
export function DecisionPanel({
  detail,
  onDecided,
  open,
  setOpen,
}: {
  detail: CaseDetail;
  onDecided: (next: CaseDetail) => void;
  open: DecisionKind | null;
  setOpen: (kind: DecisionKind | null) => void;
}) {
  const { t } = useTranslation();
  const meta = useMeta();
  const [note, setNote] = useState('');
  const [reason, setReason] = useState<string | null>(null);
  const [documents, setDocuments] = useState<string[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const decide = useMutation({
    mutationFn: (body: DecisionBody) => caseRequests.decide(detail.id, body),
    onSuccess: (next) => {
      close();
      onDecided(next);
    },
    onError: (error) => {
      if (error instanceof ApiError) setFieldErrors(error.fields);
    },
  });

  function close() {
    setOpen(null);
    setNote('');
    setReason(null);
    setDocuments([]);
    setFieldErrors({});
    decide.reset();
  }

  const reasons = (meta.data?.rejectReasons?.length ? meta.data.rejectReasons : [...REJECT_REASONS]).map((value) => ({
    value,
    label: t(`rejectReason.${value}`, { defaultValue: value }),
  }));
  const suggested: readonly DocumentKind[] = detail.company.vatRegistered ? VAT_DOCUMENT_KINDS : NO_VAT_DOCUMENT_KINDS;
  const kinds = (meta.data?.documentKinds?.length ? meta.data.documentKinds : [...DOCUMENT_KINDS]).map((value) => ({
    value,
    label: t(`documentKind.${value}`, { defaultValue: value }),
  }));
  const trimmed = note.trim() || undefined;
  const prefill = useRequestInfoPrefill(detail.locale);
  // Opening "request more information" (button or key) starts from the usual request, ready to send.
  useEffect(() => {
    if (open !== 'request_info') return;
    setDocuments((current) => (current.length ? current : [...suggested]));
    setNote((current) => current || prefill);
  }, [open, prefill, suggested]);

  const submit = () => {
    if (open === 'approve') decide.mutate({ type: 'approve', note: trimmed });
    if (open === 'reject') {
      if (!reason) {
        setFieldErrors({ reason: t('validation.choose') });
        return;
      }
      decide.mutate({ type: 'reject', reason: reason as (typeof REJECT_REASONS)[number], note: trimmed });
    }
    if (open === 'request_info') {
      if (documents.length === 0) {
        setFieldErrors({ documents: t('validation.minItems', { count: 1 }) });
        return;
      }
      decide.mutate({ type: 'request_info', documents: documents as DocumentKind[], note: trimmed });
    }
  };

  const titles: Record<DecisionKind, string> = {
    approve: t('decision.approveTitle'),
    reject: t('decision.rejectTitle'),
    request_info: t('decision.requestInfoTitle'),
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="decision-title">
      <Title order={2} size="h5" mb="xs" id="decision-title">
        {t('decision.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('decision.intro')}
      </Text>
      <Group>
        <Button color="green" onClick={() => setOpen('approve')}>
          {t('decision.approve')}
        </Button>
        <Button color="orange" variant="light" onClick={() => setOpen('request_info')}>
          {t('decision.requestInfo')}
        </Button>
        <Button color="red" variant="light" onClick={() => setOpen('reject')}>
          {t('decision.reject')}
        </Button>
      </Group>

      <Modal opened={open !== null} onClose={close} title={open ? titles[open] : ''} centered size="lg">
        <Stack>
          {open === 'approve' && (
            <Text>
              {t('decision.approveConfirm', { organisation: detail.organisationName, email: detail.contact.email })}
            </Text>
          )}
          {open === 'reject' && (
            <>
              <Text size="sm">{t('decision.rejectHelp')}</Text>
              <Select
                label={t('decision.reason')}
                placeholder={t('common.choose')}
                data={reasons}
                value={reason}
                onChange={setReason}
                required
                error={fieldErrors.reason}
                comboboxProps={{ withinPortal: true }}
              />
            </>
          )}
          {open === 'request_info' && (
            <>
              <Text size="sm">{t('decision.requestInfoHelp')}</Text>
              <MultiSelect
                label={t('decision.documents')}
                description={t('decision.documentsHelp', {
                  kinds: suggested.map((kind) => t(`documentKind.${kind}`)).join(', '),
                })}
                placeholder={t('common.choose')}
                data={kinds}
                value={documents}
                onChange={setDocuments}
                required
                error={fieldErrors.documents}
                comboboxProps={{ withinPortal: true }}
              />
            </>
          )}
          <Textarea
            label={open === 'approve' ? t('decision.internalNote') : t('decision.note')}
            description={open === 'approve' ? undefined : t('decision.noteHelp')}
            autosize
            minRows={3}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={fieldErrors.note}
          />
          {decide.isError && <ErrorAlert error={decide.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color={open === 'approve' ? 'green' : open === 'reject' ? 'red' : 'orange'}
              loading={decide.isPending}
              onClick={submit}
              // Approve is confirmed with Enter: the confirmation button has the focus.
              data-autofocus={open === 'approve' ? true : undefined}
            >
              {open === 'approve'
                ? t('decision.approveSubmit')
                : open === 'reject'
                  ? t('decision.rejectSubmit')
                  : t('decision.requestInfoSubmit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
