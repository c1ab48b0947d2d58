import { Anchor, Badge, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { useFormat } from '../../shared/i18n/format.js';
import { supportStaffQueries } from './queries.js';
import { ReplyPanel } from './StaffReplyPanel.js';
import { StaffStatusBadge, TierBadge } from './TicketBadges.js';
import { ContextPanel } from './TicketContext.js';
import { Thread } from './TicketThread.js';

export function StaffTicketPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const ticket = useQuery(supportStaffQueries.ticket(id));
  useDocumentTitle(ticket.data ? ticket.data.reference : t('supportStaff.queue.title'));
  const notFound = ticket.error instanceof ApiError && (ticket.error.status === 404 || ticket.error.status === 400);
  const data = ticket.data;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/back-office/tickets" size="sm">
        ← {t('supportStaff.backToQueue')}
      </Anchor>
      {ticket.isPending && <PageLoader />}
      {notFound && <Title order={1}>{t('supportStaff.notFound')}</Title>}
      {ticket.isError && !notFound && <ErrorAlert error={ticket.error} />}
      {data && (
        <>
          <div>
            <Group gap="sm" wrap="wrap">
              <Text fw={700} c="dimmed" data-testid="ticket-reference">
                {data.reference}
              </Text>
              <StaffStatusBadge status={data.status} />
              <TierBadge tier={data.tier} />
              <Badge variant="outline" color="gray">
                {t(`support.category.${data.category}`)}
              </Badge>
            </Group>
            <Title order={1} mt={4} style={{ overflowWrap: 'anywhere' }}>
              {data.subject}
            </Title>
            <Text
              size="sm"
              c={data.firstResponseOverdue ? 'red.9' : 'dimmed'}
              fw={data.firstResponseOverdue ? 700 : 400}
            >
              {t('supportStaff.firstResponseDue', { date: format.dateTime(data.firstResponseDueAt) })}
              {data.firstResponseOverdue ? ` — ${t('supportStaff.overdue')}` : ''}
            </Text>
          </div>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="md">
                <Thread ticket={data} />
                <ReplyPanel ticket={data} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <ContextPanel ticket={data} />
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  );
}
