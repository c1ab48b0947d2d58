import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { TicketStatus } from '../../shared/contracts.js';
import { useFormat } from '../../shared/i18n/format.js';
import {
  attachmentUrl,
  type StaffTicketBody,
  sendStaffReply,
  setTicketStatus,
  staffTicketKey,
  type TicketStatusValue,
  useStaffTicket,
} from './api.js';
import { StaffStatusBadge, TierBadge } from './TicketBadges.js';

function formatMoney(minor: number, currency: string, language: string): string {
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return new Intl.NumberFormat(language, { style: 'currency', currency }).format(minor / 10 ** digits);
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="45%" fw={500} c="dimmed">
        {label}
      </Table.Th>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{children ?? '—'}</Table.Td>
    </Table.Tr>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Title order={2} size="h5" mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Rows({ children }: { children: ReactNode }) {
  return (
    <Table verticalSpacing={4} fz="sm">
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
}

/** The organisation behind the ticket, so the agent answers without looking elsewhere. */
function ContextPanel({ ticket }: { ticket: StaffTicketBody }) {
  const { t } = useTranslation();
  const format = useFormat();
  const context = ticket.context;
  if (!context) {
    return (
      <Card title={t('supportStaff.context.title')}>
        <Text size="sm">{t('supportStaff.context.none')}</Text>
        <Text size="sm" mt="xs">
          <Anchor href={`mailto:${ticket.contactEmail}`}>{ticket.contactEmail}</Anchor>
        </Text>
      </Card>
    );
  }
  const { organisation, application, products, membership, orders } = context;
  return (
    <Stack gap="md" data-testid="ticket-context">
      <Card title={t('supportStaff.context.organisation')}>
        <Rows>
          <Row label={t('supportStaff.context.legalName')}>{organisation.legalName}</Row>
          <Row label={t('supportStaff.context.country')}>{format.country(organisation.country)}</Row>
          <Row label={t('supportStaff.context.vatNumber')}>{organisation.vatNumber}</Row>
          <Row label={t('supportStaff.context.legacyEmail')}>{organisation.legacyEmail}</Row>
          <Row label={t('supportStaff.context.contact')}>{ticket.contactEmail}</Row>
        </Rows>
      </Card>
      <Card title={t('supportStaff.context.application')}>
        {application ? (
          <Rows>
            <Row label={t('supportStaff.context.reference')}>{application.reference}</Row>
            <Row label={t('supportStaff.context.status')}>
              {t(`applicationStatus.${application.status}`, { defaultValue: application.status })}
            </Row>
            <Row label={t('supportStaff.context.submitted')}>{format.dateTime(application.submittedAt)}</Row>
          </Rows>
        ) : (
          <Text size="sm" c="dimmed">
            {t('supportStaff.context.noApplication')}
          </Text>
        )}
      </Card>
      <Card title={t('supportStaff.context.products')}>
        <Rows>
          <Row label={t('supportStaff.context.productCount')}>{products.count}</Row>
          <Row label={t('supportStaff.context.productComplete')}>{products.complete}</Row>
          <Row label={t('supportStaff.context.points')}>
            {new Intl.NumberFormat(format.language).format(products.balance)}
          </Row>
        </Rows>
      </Card>
      <Card title={t('supportStaff.context.membership')}>
        {membership ? (
          <Rows>
            <Row label={t('supportStaff.context.membershipNumber')}>{membership.membershipNumber}</Row>
            <Row label={t('supportStaff.context.tier')}>
              <TierBadge tier={membership.tierCode} />
            </Row>
            <Row label={t('supportStaff.context.status')}>
              {t(`supportStaff.membershipStatus.${membership.status}`, { defaultValue: membership.status })}
            </Row>
            <Row label={t('supportStaff.context.endsOn')}>{format.date(membership.endsOn)}</Row>
          </Rows>
        ) : (
          <Text size="sm" c="dimmed">
            {t('supportStaff.context.noMembership')}
          </Text>
        )}
      </Card>
      <Card title={t('supportStaff.context.orders')}>
        {orders.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('supportStaff.context.noOrders')}
          </Text>
        ) : (
          <Table verticalSpacing={4} fz="sm">
            <Table.Tbody>
              {orders.map((order) => (
                <Table.Tr key={order.id}>
                  <Table.Td>
                    {t(`tier.${order.tierCode}`, { defaultValue: order.tierCode })}
                    <Text size="xs" c="dimmed">
                      {format.dateTime(order.createdAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{formatMoney(order.totalMinor, order.currency, format.language)}</Table.Td>
                  <Table.Td>
                    {order.paid ? (
                      <Badge color="green" variant="light" size="sm">
                        {t('supportStaff.context.paid')}
                      </Badge>
                    ) : (
                      <Badge color="orange" variant="light" size="sm">
                        {t('supportStaff.context.due', { date: format.date(order.dueOn) })}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}

function Thread({ ticket }: { ticket: StaffTicketBody }) {
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

function ReplyPanel({ ticket }: { ticket: StaffTicketBody }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [message, setMessage] = useState('');
  const [status, setStatus] = useState<TicketStatusValue>('waiting_for_customer');
  const [error, setError] = useState<string | null>(null);
  const refresh = () => {
    void client.invalidateQueries({ queryKey: staffTicketKey(ticket.id) });
    void client.invalidateQueries({ queryKey: ['staff', 'tickets'] });
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
    mutationFn: (next: TicketStatusValue) => setTicketStatus(ticket.id, next),
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

export function StaffTicketPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const ticket = useStaffTicket(id);
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
