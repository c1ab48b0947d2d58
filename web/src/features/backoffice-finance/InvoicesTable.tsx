import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { type FinanceInvoice, money, PAYMENT_STATUS_COLORS, shortDate } from './financeFormat.js';

const nowrap = { whiteSpace: 'nowrap' } as const;
type Props = { invoices: readonly FinanceInvoice[]; onCredit: (invoice: FinanceInvoice) => void };

function Status({ invoice }: { invoice: FinanceInvoice }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={PAYMENT_STATUS_COLORS[invoice.paymentStatus]} miw="max-content">
      {t(`finance.paymentStatus.${invoice.paymentStatus}`)}
    </Badge>
  );
}

function CreditButton({ invoice, onCredit }: { invoice: FinanceInvoice; onCredit: Props['onCredit'] }) {
  const { t } = useTranslation();
  if (invoice.kind !== 'invoice' || invoice.documentStatus !== 'finalised') return null;
  return (
    <Button size="xs" variant="light" color="red" onClick={() => onCredit(invoice)}>
      {t('finance.invoices.creditNote')}
    </Button>
  );
}

function InvoiceNumber({ invoice }: { invoice: FinanceInvoice }) {
  return (
    <Text
      ff="monospace"
      size="sm"
      td={invoice.documentStatus === 'void' ? 'line-through' : undefined}
      style={{ whiteSpace: 'nowrap' }}
    >
      {invoice.number ?? '—'}
    </Text>
  );
}

/** On a phone a card per invoice: number, status and the credit-note action in view without scrolling. */
function InvoiceCards({ invoices, onCredit }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs">
      {invoices.map((invoice) => (
        <Paper key={invoice.id} withBorder p="xs" radius="sm" data-testid="finance-invoice">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <InvoiceNumber invoice={invoice} />
            <Status invoice={invoice} />
          </Group>
          <Text size="sm">{invoice.buyerName}</Text>
          <Text size="sm" c="dimmed">
            {t(`finance.kind.${invoice.kind}`)} · {shortDate(invoice.issueDate, i18n.language)} →{' '}
            {shortDate(invoice.dueDate, i18n.language)} · {t(`finance.method.${invoice.paymentMethod}`)}
          </Text>
          <Group justify="space-between" wrap="nowrap" mt={4}>
            <Text size="sm" style={nowrap}>
              {money(invoice.paidMinor, invoice.currency, i18n.language)} /{' '}
              {money(invoice.totalMinor, invoice.currency, i18n.language)}
            </Text>
            <CreditButton invoice={invoice} onCredit={onCredit} />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

/** The invoices and credit notes: a table on wide screens, a card each on a phone. */
export function InvoicesTable({ invoices, onCredit }: Props) {
  const { t, i18n } = useTranslation();
  const narrow = useMediaQuery('(max-width: 48em)');
  if (narrow) return <InvoiceCards invoices={invoices} onCredit={onCredit} />;
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('finance.col.number')}</Table.Th>
            <Table.Th>{t('finance.col.buyer')}</Table.Th>
            <Table.Th>{t('finance.col.kind')}</Table.Th>
            <Table.Th>{t('finance.col.issueDate')}</Table.Th>
            <Table.Th>{t('finance.col.dueDate')}</Table.Th>
            <Table.Th>{t('finance.col.method')}</Table.Th>
            <Table.Th>{t('finance.col.total')}</Table.Th>
            <Table.Th>{t('finance.col.paid')}</Table.Th>
            <Table.Th>{t('finance.col.status')}</Table.Th>
            <Table.Th>{t('finance.col.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoices.map((invoice) => (
            <Table.Tr key={invoice.id}>
              <Table.Td>
                <InvoiceNumber invoice={invoice} />
              </Table.Td>
              <Table.Td>{invoice.buyerName}</Table.Td>
              <Table.Td>{t(`finance.kind.${invoice.kind}`)}</Table.Td>
              <Table.Td style={nowrap}>{shortDate(invoice.issueDate, i18n.language)}</Table.Td>
              <Table.Td style={nowrap}>{shortDate(invoice.dueDate, i18n.language)}</Table.Td>
              <Table.Td>{t(`finance.method.${invoice.paymentMethod}`)}</Table.Td>
              <Table.Td style={nowrap}>{money(invoice.totalMinor, invoice.currency, i18n.language)}</Table.Td>
              <Table.Td style={nowrap}>{money(invoice.paidMinor, invoice.currency, i18n.language)}</Table.Td>
              <Table.Td>
                <Status invoice={invoice} />
              </Table.Td>
              <Table.Td>
                <CreditButton invoice={invoice} onCredit={onCredit} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
