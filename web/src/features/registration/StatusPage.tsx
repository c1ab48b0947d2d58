import { Alert, Badge, Button, Container, Group, Paper, Progress, Stack, Stepper, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { uploadMultipart } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import type { ApplicationStatus, DocumentKind, MoreInfoBody, Status } from '../../shared/contracts.js';
import { useFormat } from '../../shared/i18n/format.js';
import { DocumentPicker, validateFiles } from './DocumentPicker.js';
import { fileIndexOf, type PickedFile } from './documents.js';
import { registrationKeys, registrationQueries } from './queries.js';

/** What the status page says under a step: when it began, and for the current step what it means. */
function stepHelp(status: ApplicationStatus, current: boolean, t: (key: string) => string): string | null {
  if (!current) return null;
  if (status === 'in_review') return t('status.inReviewHelp');
  if (status === 'more_info_needed') return t('status.moreInfoNow');
  return null;
}

export function StatusPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  useDocumentTitle(t('status.title'));
  const [uploaded, setUploaded] = useState(false);
  const status = useQuery({
    ...registrationQueries.status(token),
    enabled: token.length > 0,
    retry: false,
  });

  if (!token) {
    return (
      <Container size="sm" py="xl">
        <Title order={1}>{t('status.title')}</Title>
        <Alert color="red" mt="md" role="alert">
          {t('status.noToken')}
        </Alert>
      </Container>
    );
  }
  if (status.isPending) return <PageLoader />;
  if (status.isError) {
    return (
      <Container size="sm" py="xl">
        <Stack>
          <Title order={1}>{t('status.title')}</Title>
          <ErrorAlert error={status.error} />
        </Stack>
      </Container>
    );
  }
  const data = status.data;
  const decided = data.status === 'approved' || data.status === 'rejected';
  const moreInfo = data.status === 'more_info_needed';
  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('status.title')}</Title>
          <Text c="dimmed">
            {data.organisationName} · {t('status.reference')} <strong>{data.reference}</strong>
          </Text>
        </div>
        <Paper withBorder p="lg" radius="md">
          <Group justify="space-between" mb="md">
            <Text fw={600}>{t('status.current')}</Text>
            <Badge
              size="lg"
              color={
                data.status === 'approved' ? 'green' : data.status === 'rejected' ? 'red' : moreInfo ? 'orange' : 'blue'
              }
              data-testid="application-status"
            >
              {t(`applicationStatus.${data.status}`)}
            </Badge>
          </Group>
          {/* Only the steps this application went through, then the decision still to come. */}
          <Stepper
            active={decided ? data.steps.length : data.steps.length - 1}
            orientation="vertical"
            size="sm"
            allowNextStepsSelect={false}
            data-testid="status-steps"
          >
            {data.steps.map((step, index) => {
              const current = index === data.steps.length - 1;
              const help = stepHelp(step.status, current && !decided, t);
              const when =
                index === 0
                  ? t('status.submittedAt', { date: format.dateTime(data.submittedAt) })
                  : format.dateTime(step.at);
              return (
                <Stepper.Step
                  key={`${step.status}-${step.at}`}
                  label={t(`applicationStatus.${step.status}`)}
                  description={help ? `${when} · ${help}` : when}
                  color={
                    step.status === 'rejected'
                      ? 'red'
                      : step.status === 'more_info_needed' && current
                        ? 'orange'
                        : undefined
                  }
                  data-testid="status-step"
                />
              );
            })}
            {!decided && (
              <Stepper.Step
                label={t('status.decision')}
                description={
                  data.expectedDecisionDate
                    ? t('status.expected', { date: format.date(data.expectedDecisionDate) })
                    : undefined
                }
                data-testid="status-step"
              />
            )}
          </Stepper>
        </Paper>
        {data.expectedDecisionDate && !decided && (
          <Text>
            {t('status.expectedLong')}{' '}
            <strong data-testid="expected-date">{format.date(data.expectedDecisionDate)}</strong>
          </Text>
        )}
        {data.message && (
          <Alert color={data.status === 'rejected' ? 'red' : moreInfo ? 'orange' : 'blue'} title={t('status.message')}>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{data.message}</Text>
          </Alert>
        )}
        {data.status === 'approved' && (
          <Alert color="green" title={t('applicationStatus.approved')}>
            {t('status.approvedHelp')} <Link to="/login">{t('auth.login')}</Link>
          </Alert>
        )}
        {uploaded && !moreInfo && (
          <Alert color="green" role="status" title={t('status.uploadedTitle')}>
            {t('status.uploaded')}
          </Alert>
        )}
        {moreInfo && <MoreInfoForm token={token} status={data} onUploaded={() => setUploaded(true)} />}
        <Text size="sm">
          <Link to="/contact">{t('support.contact.link')}</Link> · <Link to="/faq">{t('faq.link')}</Link>
        </Text>
      </Stack>
    </Container>
  );
}

function MoreInfoForm({ token, status, onUploaded }: { token: string; status: Status; onUploaded: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [documentsError, setDocumentsError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const kinds: readonly DocumentKind[] = status.requestedDocuments.length > 0 ? status.requestedDocuments : [];
  const upload = useMutation({
    mutationFn: (body: FormData) => uploadMultipart<Status>('/api/registrations/more-info', body, setProgress),
    onSuccess: (next) => {
      client.setQueryData(registrationKeys.status(token), next);
      setFiles([]);
      onUploaded();
    },
    onError: (error) => {
      if (error && typeof error === 'object' && 'fields' in error) {
        for (const [path, message] of Object.entries((error as { fields: Record<string, string> }).fields)) {
          const index = fileIndexOf(path);
          if (index !== null)
            setFiles((current) => current.map((f, i) => (i === index ? { ...f, problem: { message } } : f)));
          else setDocumentsError(message);
        }
      }
    },
    onSettled: () => setProgress(null),
  });

  const submit = () => {
    const result = validateFiles(files, kinds);
    setFiles(result.files);
    setDocumentsError(result.errorKey ? t(result.errorKey) : null);
    if (!result.ok) return;
    const data: MoreInfoBody = { token, documents: files.map((item) => ({ kind: item.kind! })) };
    const body = new FormData();
    body.append('data', JSON.stringify(data));
    for (const item of files) body.append('documents', item.file, item.file.name);
    setProgress(0);
    upload.mutate(body);
  };

  const percent = Math.round((progress ?? 0) * 100);
  return (
    <Paper component="section" withBorder p="lg" radius="md" aria-labelledby="more-info-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="more-info-title">
          {t('status.uploadTitle')}
        </Title>
        <div>
          <Text>{t('status.requested')}</Text>
          <ul>
            {status.requestedDocuments.map((kind) => (
              <li key={kind}>{t(`documentKind.${kind}`)}</li>
            ))}
          </ul>
        </div>
        <DocumentPicker
          id="more-info-documents"
          files={files}
          onChange={(next) => {
            setFiles(next);
            if (next.length > 0) setDocumentsError(null);
          }}
          kinds={kinds}
          disabled={upload.isPending}
          error={documentsError}
        />
        {upload.isError && <ErrorAlert error={upload.error} />}
        {progress !== null && (
          <Stack gap={4}>
            <Text size="sm" id="more-info-progress">
              {percent < 100 ? t('registration.uploading', { percent }) : t('registration.processing')}
            </Text>
            <Progress value={percent} animated aria-labelledby="more-info-progress" />
          </Stack>
        )}
        <Group justify="flex-end">
          <Button onClick={submit} loading={upload.isPending}>
            {t('status.uploadSubmit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
