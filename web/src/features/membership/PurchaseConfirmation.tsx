import { Alert, Button, Container, Group, Paper, Stack, Table, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay, formatMoney, type PurchaseResultBody } from './api.js';
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
          <Text size="sm" c="dimmed" fw={700} tt="uppercase">
            {t('membership.done.number')}
          </Text>
          <Text fz={32} fw={800} ff="monospace" data-testid="new-membership-number">
            {membership.membershipNumber}
          </Text>
          {isNew && membership.previousMembershipNumber && (
            <Text mt="xs" data-testid="number-changed">
              {t('membership.done.numberChanged', { number: membership.previousMembershipNumber })}
            </Text>
          )}
          <Table mt="md" verticalSpacing="xs">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th fw={600}>{t('membership.done.level')}</Table.Th>
                <Table.Td>{membership.tierName}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th fw={600}>{t('membership.done.validity')}</Table.Th>
                <Table.Td>
                  {t('membership.current.validityValue', {
                    from: formatDay(membership.startsOn, i18n.language),
                    to: formatDay(membership.endsOn, i18n.language),
                  })}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th fw={600}>{t('membership.done.total')}</Table.Th>
                <Table.Td data-testid="done-total">
                  {formatMoney(quote.totalMinor, quote.currency, i18n.language)}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th fw={600}>{t('membership.done.paymentMethod')}</Table.Th>
                <Table.Td>{t(`membership.checkout.method.${result.paymentMethod}`)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th fw={600}>{t('membership.done.dueOn')}</Table.Th>
                <Table.Td data-testid="due-on">{formatDay(result.dueOn, i18n.language)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
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
