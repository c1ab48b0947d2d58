import { Alert, Anchor, Button, Container, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { useFormat } from '../../shared/i18n/format.js';
import { useMyTickets } from './api.js';
import { TicketStatusBadge } from './TicketParts.js';

export function SupportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const tickets = useMyTickets();
  useDocumentTitle(t('support.title'));
  const items = tickets.data?.items ?? [];

  return (
    <Container size="lg" py="xl">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={1}>{t('support.title')}</Title>
            <Text c="dimmed" maw={640}>
              {t('support.intro')}
            </Text>
          </div>
          <Button component={Link} to="/portal/support/new">
            {t('support.newQuestion')}
          </Button>
        </Group>
        <Text size="sm">
          {t('support.faqHint')}{' '}
          <Anchor component={Link} to="/portal/faq">
            {t('support.faqLink')}
          </Anchor>
        </Text>

        {tickets.isPending && <PageLoader />}
        {tickets.isError && <ErrorAlert error={tickets.error} />}
        {tickets.data && items.length === 0 && (
          <Alert color="gray" variant="light">
            {t('support.empty')}
          </Alert>
        )}
        {items.length > 0 && (
          <Paper withBorder radius="md" p="md" component="section" aria-labelledby="my-tickets-title">
            <Title order={2} size="h4" id="my-tickets-title" mb="sm">
              {t('support.myTickets')}
            </Title>
            <Table.ScrollContainer minWidth={720}>
              <Table highlightOnHover verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('support.col.reference')}</Table.Th>
                    <Table.Th>{t('support.col.subject')}</Table.Th>
                    <Table.Th>{t('support.col.category')}</Table.Th>
                    <Table.Th>{t('support.col.status')}</Table.Th>
                    <Table.Th>{t('support.col.updated')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((item) => (
                    <Table.Tr key={item.id} data-testid="ticket-row">
                      <Table.Td>
                        <Anchor component={Link} to={`/portal/support/${item.id}`} fw={600}>
                          {item.reference}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{item.subject}</Table.Td>
                      <Table.Td>{t(`support.category.${item.category}`)}</Table.Td>
                      <Table.Td>
                        <TicketStatusBadge status={item.status} />
                      </Table.Td>
                      <Table.Td>{format.dateTime(item.updatedAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
      </Stack>
    </Container>
  );
}
