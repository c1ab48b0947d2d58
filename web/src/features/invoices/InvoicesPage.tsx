import { Alert, Anchor, Badge, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { type Column, ResponsiveTable } from '../../shared/components/ResponsiveTable.js';
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

/** What can be done with an invoice: its documents, and how to pay what is open. */
function InvoiceActions({ invoice }: { invoice: InvoiceItem }) {
  const { t, i18n } = useTranslation();
  const open = isOpen(invoice);
  // A direct debit is overdue (or failed) only once its collection came back: it is paid by card then.
  const notCollected =
    invoice.paymentMethod === 'sepa_debit' &&
    (invoice.paymentStatus === 'overdue' || invoice.paymentStatus === 'failed');
  return (
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
  );
}

/** The invoice list's columns: a table row on wide screens, a card on a phone. */
function useInvoiceColumns(): Column<InvoiceItem>[] {
  const { t, i18n } = useTranslation();
  const isVoid = (invoice: InvoiceItem) => invoice.documentStatus === 'void';
  return [
    {
      key: 'number',
      label: t('invoices.col.number'),
      render: (invoice) => (
        <Text
          ff="monospace"
          size="sm"
          td={isVoid(invoice) ? 'line-through' : undefined}
          style={{ whiteSpace: 'nowrap' }}
        >
          {invoice.number ?? '—'}
        </Text>
      ),
    },
    { key: 'kind', label: t('invoices.col.kind'), render: (invoice) => t(`invoices.kind.${invoice.kind}`) },
    {
      key: 'issueDate',
      label: t('invoices.col.issueDate'),
      nowrap: true,
      render: (invoice) => formatShortDate(invoice.issueDate, i18n.language),
    },
    {
      key: 'dueDate',
      label: t('invoices.col.dueDate'),
      nowrap: true,
      render: (invoice) => formatShortDate(invoice.dueDate, i18n.language),
    },
    {
      key: 'total',
      label: t('invoices.col.total'),
      nowrap: true,
      render: (invoice) => (
        <Text size="sm" td={isVoid(invoice) ? 'line-through' : undefined}>
          {formatMoney(invoice.totalMinor, invoice.currency, i18n.language)}
        </Text>
      ),
    },
    {
      key: 'payment',
      label: t('invoices.col.payment'),
      render: (invoice) => (
        <Badge color={PAYMENT_STATUS_COLORS[invoice.paymentStatus]} variant="light" miw="max-content">
          {t(`invoices.paymentStatus.${invoice.paymentStatus}`)}
        </Badge>
      ),
    },
    {
      key: 'document',
      label: t('invoices.col.document'),
      render: (invoice) => (
        <Text size="sm" td={isVoid(invoice) ? 'line-through' : undefined} c={isVoid(invoice) ? 'dimmed' : undefined}>
          {t(`invoices.documentStatus.${invoice.documentStatus}`)}
        </Text>
      ),
    },
    {
      key: 'actions',
      label: t('invoices.col.actions'),
      action: true,
      render: (invoice) => <InvoiceActions invoice={invoice} />,
    },
  ];
}

export function InvoicesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('invoices.title'));
  const columns = useInvoiceColumns();
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
              <ResponsiveTable
                rows={list.data.items}
                columns={columns}
                rowKey={(invoice) => invoice.id}
                minWidth={900}
                rowTestId="invoice-row"
                verticalSpacing="sm"
              />
            ))}
        </Paper>
      </Stack>
    </Container>
  );
}
