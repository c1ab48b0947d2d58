import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/i18n/format.js';
import type { TicketSummary } from './queries.js';
import { StaffStatusBadge, TierBadge } from './TicketBadges.js';

/** The queue on a phone: a card per ticket, its status and first-response time in view. */
export function TicketQueueCards({ items }: { items: TicketSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('supportStaff.queue.title')}>
      {items.map((item) => (
        <Paper
          key={item.id}
          component="li"
          withBorder
          p="xs"
          radius="sm"
          data-testid="ticket-row"
          data-overdue={item.firstResponseOverdue}
          className={item.firstResponseOverdue ? 'pp-overdue-row' : undefined}
        >
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Anchor component={Link} to={`/back-office/tickets/${item.id}`} fw={600}>
              {item.reference}
            </Anchor>
            <StaffStatusBadge status={item.status} />
          </Group>
          <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
            {item.subject}
          </Text>
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {item.organisationName ?? t('supportStaff.contactForm')} · {item.contactEmail}
          </Text>
          <Group justify="space-between" gap="xs" mt={4}>
            <TierBadge tier={item.tier} />
            <Group gap={4}>
              {item.firstResponseOverdue && (
                <Badge color="red" size="xs" variant="filled">
                  {t('supportStaff.overdue')}
                </Badge>
              )}
              <Text size="xs" c={item.firstResponseOverdue ? 'red.9' : 'dimmed'}>
                {format.relative(item.firstResponseDueAt)}
              </Text>
            </Group>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
