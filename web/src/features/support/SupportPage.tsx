import { Alert, Anchor, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { ResponsiveTable } from '../../shared/components/ResponsiveTable.js';
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
            <ResponsiveTable
              rows={items}
              rowKey={(item) => item.id}
              minWidth={720}
              rowTestId="ticket-row"
              striped={false}
              highlightOnHover
              verticalSpacing="sm"
              columns={[
                {
                  key: 'reference',
                  label: t('support.col.reference'),
                  render: (item) => (
                    <Anchor component={Link} to={`/portal/support/${item.id}`} fw={600}>
                      {item.reference}
                    </Anchor>
                  ),
                },
                { key: 'subject', label: t('support.col.subject'), render: (item) => item.subject },
                {
                  key: 'category',
                  label: t('support.col.category'),
                  render: (item) => t(`support.category.${item.category}`),
                },
                {
                  key: 'status',
                  label: t('support.col.status'),
                  render: (item) => <TicketStatusBadge status={item.status} />,
                },
                { key: 'updated', label: t('support.col.updated'), render: (item) => format.dateTime(item.updatedAt) },
              ]}
            />
          </Paper>
        )}
      </Stack>
    </Container>
  );
}
