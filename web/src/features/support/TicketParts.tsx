import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/i18n/format.js';
import { attachmentUrl, type TicketMessageBody, type TicketStatusValue } from './api.js';

const STATUS_COLORS: Record<TicketStatusValue, string> = {
  open: 'blue',
  waiting_for_customer: 'orange',
  resolved: 'green',
};

/** The customer's view of a status: "waiting for customer" reads as "waiting for you". */
export function TicketStatusBadge({ status }: { status: TicketStatusValue }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" miw="max-content" data-testid="ticket-status">
      {t(`support.status.${status}`)}
    </Badge>
  );
}

export function TicketThread({ ticketId, messages }: { ticketId: string; messages: TicketMessageBody[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('support.thread.title')}>
      {messages.map((message) => {
        const fromStaff = message.authorKind === 'staff';
        return (
          <Paper
            key={message.id}
            component="li"
            withBorder
            p="md"
            radius="md"
            bg={fromStaff ? 'blue.0' : undefined}
            ml={fromStaff ? 0 : { base: 0, sm: 'xl' }}
            mr={fromStaff ? { base: 0, sm: 'xl' } : 0}
            data-testid="ticket-message"
            data-author={message.authorKind}
          >
            <Group justify="space-between" gap="xs" mb={6} wrap="wrap">
              <Text fw={700} size="sm">
                {fromStaff
                  ? message.authorName
                    ? t('support.thread.staffNamed', { name: message.authorName })
                    : t('support.thread.staff')
                  : (message.authorName ?? t('support.thread.you'))}
              </Text>
              <Text size="xs" c="dimmed">
                {format.dateTime(message.createdAt)}
              </Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {message.body}
            </Text>
            {message.attachments.length > 0 && (
              <Stack gap={2} mt="sm">
                <Text size="xs" c="dimmed" fw={600}>
                  {t('support.attachments.label')}
                </Text>
                {message.attachments.map((attachment) => (
                  <Anchor
                    key={attachment.id}
                    href={attachmentUrl(ticketId, attachment.id)}
                    target="_blank"
                    rel="noopener"
                    size="sm"
                  >
                    {attachment.name}{' '}
                    <Text span size="xs" c="dimmed">
                      ({format.bytes(attachment.size)})
                    </Text>
                  </Anchor>
                ))}
              </Stack>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
