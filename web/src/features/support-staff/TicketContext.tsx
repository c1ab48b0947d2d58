import { Anchor, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/i18n/format.js';
import type { StaffTicket } from './queries.js';
import { TierBadge } from './TicketBadges.js';

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
export function ContextPanel({ ticket }: { ticket: StaffTicket }) {
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
