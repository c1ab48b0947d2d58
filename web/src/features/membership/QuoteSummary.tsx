import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay, formatMoney, formatRate, type QuoteBody } from './api.js';

/** The VAT line as the invoice will state it: the domestic rate, reverse charge, or outside scope. */
export function vatLabel(
  t: (key: string, vars?: Record<string, string>) => string,
  quote: QuoteBody,
  language: string,
) {
  if (quote.vatTreatment === 'domestic')
    return t('membership.checkout.vat.domestic', { rate: formatRate(quote.vatRateBasisPoints, language) });
  return t(`membership.checkout.vat.${quote.vatTreatment}`);
}

/** The order before payment: tier and kind, period, net, VAT and total. */
export function QuoteSummary({ quote, tierName }: { quote: QuoteBody; tierName: string }) {
  const { t, i18n } = useTranslation();
  const money = (minor: number) => formatMoney(minor, quote.currency, i18n.language);
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="summary-title">
      <Title order={2} size="h4" id="summary-title" mb="sm">
        {t('membership.checkout.summary')}
      </Title>
      <Table verticalSpacing="xs" data-testid="quote">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th fw={600}>{t('membership.checkout.level')}</Table.Th>
            <Table.Td data-testid="quote-tier">
              {tierName} · {t(`membership.checkout.kind.${quote.kind}`)}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th fw={600}>{t('membership.checkout.period')}</Table.Th>
            <Table.Td data-testid="quote-period">
              {t('membership.checkout.periodValue', {
                from: formatDay(quote.startsOn, i18n.language),
                to: formatDay(quote.endsOn, i18n.language),
              })}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th fw={600}>{t('membership.checkout.net')}</Table.Th>
            <Table.Td ta="right" data-testid="quote-net">
              {money(quote.netMinor)}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th fw={600} data-testid="quote-vat-label">
              {vatLabel(t, quote, i18n.language)}
            </Table.Th>
            <Table.Td ta="right" data-testid="quote-vat">
              {money(quote.vatMinor)}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th fw={800}>{t('membership.checkout.total')}</Table.Th>
            <Table.Td ta="right" fw={800} fz="lg" data-testid="quote-total">
              {money(quote.totalMinor)}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed" mt="sm">
        {t(`membership.checkout.kindHint.${quote.kind}`)}
      </Text>
    </Paper>
  );
}
