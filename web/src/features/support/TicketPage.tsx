import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Badge, Button, Container, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { z } from 'zod';
import { ApiError } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { ReplyInput } from '../../shared/contracts.js';
import { applyFieldErrors, zodMessages } from '../../shared/forms/validation.js';
import { useFormat } from '../../shared/i18n/format.js';
import { AttachmentPicker, markFileProblem, sendableFiles } from './AttachmentPicker.js';
import { replyToTicket, ticketKey, ticketsKey, useTicket } from './api.js';
import type { PickedAttachment } from './attachments.js';
import { TicketStatusBadge, TicketThread } from './TicketParts.js';
import { UploadProgress } from './UploadProgress.js';

const ReplyForm = ReplyInput.pick({ message: true });
type ReplyFormInput = z.input<typeof ReplyForm>;

function ReplyBox({ ticketId, resolved }: { ticketId: string; resolved: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [files, setFiles] = useState<PickedAttachment[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const resolver = useMemo(() => zodResolver(ReplyForm, zodMessages(t)), [t]);
  const form = useForm<ReplyFormInput>({ resolver, defaultValues: { message: '' } });

  const onValid = async (values: ReplyFormInput) => {
    setSubmitError(null);
    setSent(false);
    const toSend = sendableFiles(files);
    if (!toSend) return;
    setProgress(0);
    try {
      const ticket = await replyToTicket(ticketId, { message: values.message }, toSend, setProgress);
      client.setQueryData(ticketKey(ticketId), ticket);
      void client.invalidateQueries({ queryKey: ticketsKey });
      form.reset({ message: '' });
      setFiles([]);
      setSent(true);
    } catch (error) {
      if (error instanceof ApiError) {
        applyFieldErrors(error, form.setError, ['message']);
        setFiles((current) => markFileProblem(current, error.message));
      }
      setSubmitError(error);
      requestAnimationFrame(() => errorRef.current?.focus());
    } finally {
      setProgress(null);
    }
  };

  const sending = progress !== null;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="reply-title">
      <Title order={2} size="h4" id="reply-title" mb="xs">
        {t('support.reply.title')}
      </Title>
      {resolved && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('support.reply.reopenHint')}
        </Text>
      )}
      <form onSubmit={form.handleSubmit(onValid)} noValidate>
        <Stack gap="md">
          <Textarea
            label={t('support.reply.message')}
            required
            autosize
            minRows={4}
            {...form.register('message')}
            error={form.formState.errors.message?.message}
          />
          <AttachmentPicker id="reply-files" files={files} onChange={setFiles} disabled={sending} />
          <div ref={errorRef} tabIndex={-1} style={{ outline: 'none' }}>
            <ErrorAlert error={submitError} />
          </div>
          {sent && (
            <Alert color="green" role="status" data-testid="reply-sent">
              {t('support.reply.sent')}
            </Alert>
          )}
          <UploadProgress fraction={progress} id="reply-progress" />
          <Group justify="flex-end">
            <Button type="submit" loading={sending}>
              {t('support.reply.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function TicketPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const ticket = useTicket(id);
  const created = (useLocation().state as { created?: boolean } | null)?.created;
  useDocumentTitle(ticket.data ? `${ticket.data.reference} · ${ticket.data.subject}` : t('support.title'));

  const notFound = ticket.error instanceof ApiError && (ticket.error.status === 404 || ticket.error.status === 400);
  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <Anchor component={Link} to="/portal/support" size="sm">
          ← {t('support.backToList')}
        </Anchor>
        {ticket.isPending && <PageLoader />}
        {notFound && (
          <Stack gap="xs" data-testid="ticket-not-found">
            <Title order={1}>{t('support.ticket.notFound')}</Title>
            <Text>{t('support.ticket.notFoundText')}</Text>
          </Stack>
        )}
        {ticket.isError && !notFound && <ErrorAlert error={ticket.error} />}
        {ticket.data && (
          <>
            <div>
              <Group gap="sm" wrap="wrap">
                <Text c="dimmed" fw={600} data-testid="ticket-reference">
                  {ticket.data.reference}
                </Text>
                <TicketStatusBadge status={ticket.data.status} />
                <Badge variant="outline" color="gray">
                  {t(`support.category.${ticket.data.category}`)}
                </Badge>
              </Group>
              <Title order={1} mt={4} style={{ overflowWrap: 'anywhere' }}>
                {ticket.data.subject}
              </Title>
              <Text size="sm" c="dimmed">
                {t('support.ticket.opened', { date: format.dateTime(ticket.data.createdAt) })}
              </Text>
            </div>
            {created && (
              <Alert color="green" role="status" data-testid="ticket-created">
                {t('support.ticket.created', { reference: ticket.data.reference })}
              </Alert>
            )}
            {ticket.data.status === 'waiting_for_customer' && (
              <Alert color="orange" variant="light">
                {t('support.ticket.waitingHint')}
              </Alert>
            )}
            <TicketThread ticketId={ticket.data.id} messages={ticket.data.messages} />
            <ReplyBox ticketId={ticket.data.id} resolved={ticket.data.status === 'resolved'} />
          </>
        )}
      </Stack>
    </Container>
  );
}
