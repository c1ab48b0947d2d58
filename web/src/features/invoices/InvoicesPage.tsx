import { Alert, Anchor, Badge, Button, Container, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import {
  formatLongDate,
  formatMoney,
  formatShortDate,
  type InvoiceItem,
  isOpen,
  PAYMENT_STATUS_COLORS,
} from './invoiceFormat.js';
import { invoiceQueries, invoiceRequests } from './queries.js';

function PayByCard({ invoice }: { invoice: InvoiceItem }) {
  const { t } = useTranslation();
  const pay = useMutation({
    mutationFn: () => invoiceRequests.pay(invoice.id),
    onSuccess: (checkout) => window.location.assign(checkout.url),
  });
  return (
    <Stack gap={4} align="flex-start">
      <Button
        size="xs"
        loading={pay.isPending || pay.isSuccess}
        onClick={() => pay.mutate()}
        aria-label={t('invoices.payNamed', { number: invoice.number ?? '' })}
      >
        {t('invoices.payByCard')}
      </Button>
      {pay.isError && (
        <Text size="xs" c="red.8" role="alert">
          {pay.error.message}
        </Text>
      )}
    </Stack>
  );
}

function InvoiceRow({ invoice }: { invoice: InvoiceItem }) {
  const { t, i18n } = useTranslation();
  const open = isOpen(invoice);
  const isVoid = invoice.documentStatus === 'void';
  // A direct debit is overdue (or failed) only once its collection came back: it is paid by card then.
  const notCollected =
    invoice.paymentMethod === 'sepa_debit' &&
    (invoice.paymentStatus === 'overdue' || invoice.paymentStatus === 'failed');
  return (
    <Table.Tr data-testid="invoice-row">
      <Table.Td>
        <Text ff="monospace" size="sm" td={isVoid ? 'line-through' : undefined} style={{ whiteSpace: 'nowrap' }}>
          {invoice.number ?? '—'}
        </Text>
      </Table.Td>
      <Table.Td>{t(`invoices.kind.${invoice.kind}`)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatShortDate(invoice.issueDate, i18n.language)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatShortDate(invoice.dueDate, i18n.language)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm" td={isVoid ? 'line-through' : undefined}>
          {formatMoney(invoice.totalMinor, invoice.currency, i18n.language)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge color={PAYMENT_STATUS_COLORS[invoice.paymentStatus]} variant="light" miw="max-content">
          {t(`invoices.paymentStatus.${invoice.paymentStatus}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm" td={isVoid ? 'line-through' : undefined} c={isVoid ? 'dimmed' : undefined}>
          {t(`invoices.documentStatus.${invoice.documentStatus}`)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={6}>
          {invoice.number && (
            <Group gap="sm" wrap="nowrap">
              <Anchor href={`/api/billing/invoices/${invoice.id}/pdf`} target="_blank" rel="noopener" size="sm">
                {t('invoices.pdf')}
              </Anchor>
              <Anchor href={`/api/billing/invoices/${invoice.id}/ubl`} download size="sm">
                {t('invoices.ubl')}
              </Anchor>
            </Group>
          )}
          {open && invoice.paymentMethod === 'card' && <PayByCard invoice={invoice} />}
          {open && invoice.paymentMethod === 'bank_transfer' && (
            <Text size="xs">
              {t('invoices.reference')}{' '}
              <Text span ff="monospace" fw={600} data-testid="payment-reference">
                {invoice.paymentReference ?? '—'}
              </Text>
              <br />
              {t('invoices.bankNote')}
            </Text>
          )}
          {open && invoice.paymentMethod === 'sepa_debit' && !notCollected && (
            <Text size="xs" data-testid="collection-note">
              {invoice.collectionDate
                ? t('invoices.sepaCollection', { date: formatLongDate(invoice.collectionDate, i18n.language) })
                : t('invoices.sepaNote', { date: formatShortDate(invoice.dueDate, i18n.language) })}
            </Text>
          )}
          {open && notCollected && (
            <>
              <Text size="xs">{t('invoices.sepaReturned')}</Text>
              <PayByCard invoice={invoice} />
            </>
          )}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

export function InvoicesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('invoices.title'));
  const [params, setParams] = useSearchParams();
  const paid = params.get('paid');
  const failed = params.get('failed') === '1';
  const list = useQuery({
    ...invoiceQueries.list(),
    // Refreshes itself while something is pending: an order whose invoice is still being made, or a
    // card payment the customer came back from whose confirmation has not arrived yet.
    refetchInterval: (query) => {
      const data = query.state.data;
      if (!data) return false;
      const waitingForCard =
        paid && !failed && data.items.some((invoice) => invoice.id === paid && invoice.paymentStatus !== 'paid');
      return data.awaiting > 0 || waitingForCard ? 3_000 : false;
    },
  });
  const paidInvoice = paid ? list.data?.items.find((invoice) => invoice.id === paid) : undefined;
  // Back from the provider before its confirmation arrived: said so until the invoice is paid.
  const waitingForCard = Boolean(paidInvoice && paidInvoice.paymentStatus !== 'paid');
  const dismiss = () => setParams({}, { replace: true });

  return (
    <Container size="lg" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('invoices.title')}</Title>
          <Text c="dimmed">{t('invoices.intro')}</Text>
        </div>
        {paid && failed && (
          <Alert color="red" role="alert" title={t('invoices.failedTitle')} withCloseButton onClose={dismiss}>
            {t('invoices.failedText')}
          </Alert>
        )}
        {paid && !failed && waitingForCard && (
          <Alert color="blue" role="status" title={t('invoices.pendingTitle')} data-testid="card-pending">
            {t('invoices.pendingText')}
          </Alert>
        )}
        {paid && !failed && !waitingForCard && (
          <Alert color="green" role="status" title={t('invoices.paidTitle')} withCloseButton onClose={dismiss}>
            {paidInvoice?.number ? t('invoices.paidTextNamed', { number: paidInvoice.number }) : t('invoices.paidText')}
          </Alert>
        )}
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="invoices-list-title">
          <Title order={2} size="h4" id="invoices-list-title" mb="sm">
            {t('invoices.listTitle')}
          </Title>
          {list.data && list.data.awaiting > 0 && (
            <Text c="dimmed" mb="sm" role="status" data-testid="invoice-awaiting">
              {t('invoices.awaiting')}
            </Text>
          )}
          {list.isPending && <PageLoader />}
          {list.isError && <ErrorAlert error={list.error} />}
          {list.data &&
            (list.data.items.length === 0 ? (
              <Text c="dimmed">{t('invoices.empty')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={900}>
                <Table striped verticalSpacing="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('invoices.col.number')}</Table.Th>
                      <Table.Th>{t('invoices.col.kind')}</Table.Th>
                      <Table.Th>{t('invoices.col.issueDate')}</Table.Th>
                      <Table.Th>{t('invoices.col.dueDate')}</Table.Th>
                      <Table.Th>{t('invoices.col.total')}</Table.Th>
                      <Table.Th>{t('invoices.col.payment')}</Table.Th>
                      <Table.Th>{t('invoices.col.document')}</Table.Th>
                      <Table.Th>{t('invoices.col.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.data.items.map((invoice) => (
                      <InvoiceRow key={invoice.id} invoice={invoice} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            ))}
        </Paper>
      </Stack>
    </Container>
  );
}
