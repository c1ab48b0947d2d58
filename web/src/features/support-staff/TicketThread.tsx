import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/i18n/format.js';
import { attachmentUrl } from './api.js';
import type { StaffTicket } from './queries.js';

/** The ticket's messages, oldest first; the staff's own replies indented. */
export function Thread({ ticket }: { ticket: StaffTicket }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('supportStaff.thread')}>
      {ticket.messages.map((message) => {
        const fromStaff = message.authorKind === 'staff';
        return (
          <Paper
            key={message.id}
            component="li"
            withBorder
            p="md"
            radius="md"
            bg={fromStaff ? 'blue.0' : undefined}
            ml={fromStaff ? { base: 0, sm: 'xl' } : 0}
            data-testid="ticket-message"
            data-author={message.authorKind}
          >
            <Group justify="space-between" gap="xs" mb={6}>
              <Text fw={700} size="sm">
                {message.authorName ?? ticket.contactEmail}{' '}
                <Text span size="xs" c="dimmed" fw={400}>
                  · {t(`supportStaff.author.${message.authorKind}`)}
                </Text>
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
                {message.attachments.map((attachment) => (
                  <Anchor
                    key={attachment.id}
                    href={attachmentUrl(ticket.id, attachment.id)}
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
