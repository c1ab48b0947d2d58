import { Alert, Button, Container, Group, Paper, Stack, Table, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay, type PurchaseResultBody } from './api.js';
import { PurchaseSummary } from './PurchaseSummary.js';
import { collectionText } from './paymentText.js';

/** After a purchase: usable at once, the (new) membership number, the due date and what happens next. */
export function PurchaseConfirmation({ result }: { result: PurchaseResultBody }) {
  const { t, i18n } = useTranslation();
  const { membership, quote } = result;
  const isNew = quote.kind === 'new';
  return (
    <Container size="md" py="xl">
      <Stack gap="lg" data-testid="purchase-confirmation">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon color="green.7" radius="xl" size="xl" aria-hidden="true">
            ✓
          </ThemeIcon>
          <Title order={1}>{t(`membership.done.title.${quote.kind}`)}</Title>
        </Group>
        <Alert color="green" variant="light" role="status" data-testid="usable-now">
          {t('membership.done.immediate')}
        </Alert>
        <Paper withBorder p="lg" radius="md">
          <PurchaseSummary
            membership={membership}
            showPreviousNumber={isNew}
            totalMinor={quote.totalMinor}
            currency={quote.currency}
            paymentMethod={result.paymentMethod}
          >
            <Table.Tr>
              <Table.Th fw={600}>{t('membership.done.dueOn')}</Table.Th>
              <Table.Td data-testid="due-on">{formatDay(result.dueOn, i18n.language)}</Table.Td>
            </Table.Tr>
          </PurchaseSummary>
        </Paper>
        <Text data-testid="next-steps">
          {t(`membership.done.next.${result.paymentMethod}`, { date: formatDay(result.dueOn, i18n.language) })}
          {result.paymentMethod === 'sepa_debit' && <> {collectionText(t, quote, i18n.language)}</>}
        </Text>
        <Group gap="sm">
          <Button component={Link} to="/portal/membership/card">
            {t('membership.done.card')}
          </Button>
          <Button component={Link} to="/portal/membership" variant="default">
            {t('membership.done.back')}
          </Button>
        </Group>
      </Stack>
    </Container>
  );
}
