import { Alert, Button, Group, Paper, Select, Stack, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { TicketStatus } from '../../shared/contracts.js';
import { sendStaffReply, type TicketStatusValue } from './api.js';
import { type StaffTicket, supportStaffKeys, supportStaffRequests } from './queries.js';

/** The agent's reply (mailed to the contact) with the ticket's status after it, and resolve / reopen. */
export function ReplyPanel({ ticket }: { ticket: StaffTicket }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [message, setMessage] = useState('');
  const [status, setStatus] = useState<TicketStatusValue>('waiting_for_customer');
  const [error, setError] = useState<string | null>(null);
  const refresh = () => {
    void client.invalidateQueries({ queryKey: supportStaffKeys.ticket(ticket.id) });
    void client.invalidateQueries({ queryKey: supportStaffKeys.queue });
  };
  const reply = useMutation({
    mutationFn: () => sendStaffReply(ticket.id, { message: message.trim(), status }),
    onSuccess: () => {
      setMessage('');
      setStatus('waiting_for_customer');
      refresh();
    },
  });
  const changeStatus = useMutation({
    mutationFn: (next: TicketStatusValue) => supportStaffRequests.setStatus(ticket.id, next),
    onSuccess: refresh,
  });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!message.trim()) {
      setError(t('validation.required'));
      return;
    }
    setError(null);
    reply.mutate();
  };
  const statusOptions = TicketStatus.options.map((value) => ({ value, label: t(`supportStaff.status.${value}`) }));

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="staff-reply-title">
      <Title order={2} size="h4" id="staff-reply-title" mb="sm">
        {t('supportStaff.reply.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Textarea
            label={t('supportStaff.reply.message')}
            description={t('supportStaff.reply.mailNote', { email: ticket.contactEmail })}
            required
            autosize
            minRows={5}
            value={message}
            onChange={(event) => setMessage(event.currentTarget.value)}
            error={error ?? (reply.error instanceof ApiError ? reply.error.fields.message : undefined)}
          />
          <Select
            label={t('supportStaff.reply.statusAfter')}
            data={statusOptions}
            value={status}
            onChange={(value) => value && setStatus(value as TicketStatusValue)}
            allowDeselect={false}
            w={280}
          />
          {reply.isError && <ErrorAlert error={reply.error} />}
          {reply.isSuccess && (
            <Alert color="green" role="status" data-testid="staff-reply-sent">
              {t('supportStaff.reply.sent')}
            </Alert>
          )}
          <Group justify="space-between" wrap="wrap">
            <Group gap="xs">
              {ticket.status !== 'resolved' ? (
                <Button
                  variant="default"
                  onClick={() => changeStatus.mutate('resolved')}
                  loading={changeStatus.isPending}
                >
                  {t('supportStaff.markResolved')}
                </Button>
              ) : (
                <Button variant="default" onClick={() => changeStatus.mutate('open')} loading={changeStatus.isPending}>
                  {t('supportStaff.reopen')}
                </Button>
              )}
            </Group>
            <Button type="submit" loading={reply.isPending}>
              {t('supportStaff.reply.submit')}
            </Button>
          </Group>
          {changeStatus.isError && <ErrorAlert error={changeStatus.error} />}
        </Stack>
      </form>
    </Paper>
  );
}
