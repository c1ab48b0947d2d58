import { Alert, Button, Container, Group, Loader, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { payOrder, useMembershipPage, useOrderPayment } from './api.js';
import { PurchaseSummary } from './PurchaseSummary.js';

/**
 * Back from the card provider's hosted page: the purchase's confirmation with the payment's state —
 * paid; pending (refreshing itself until the provider's confirmation arrives); or failed or
 * cancelled, with a retry that opens the provider's page again.
 */
export function PaymentResult({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const payment = useOrderPayment(orderId);
  const page = useMembershipPage();
  const retry = useMutation({
    mutationFn: () => payOrder(orderId),
    onSuccess: (checkout) => window.location.assign(checkout.url),
  });
  useDocumentTitle(t('membership.payment.title'));
  const data = payment.data;
  // The provider sent the customer back without paying (declined, or cancelled on its page).
  const turnedBack = params.get('failed') === '1' || params.get('cancelled') === '1';
  const state = data?.state === 'paid' ? 'paid' : data?.state === 'failed' || turnedBack ? 'failed' : 'pending';
  const membership = page.data?.membership;

  return (
    <Container size="md" py="xl">
      <Stack gap="lg" data-testid="payment-result">
        {payment.isPending && <PageLoader />}
        {payment.isError && <ErrorAlert error={payment.error} />}
        {data && (
          <>
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon color="green.7" radius="xl" size="xl" aria-hidden="true">
                ✓
              </ThemeIcon>
              <Title order={1}>{t('membership.done.title.new')}</Title>
            </Group>
            {state === 'paid' && (
              <Alert color="green" role="status" title={t('membership.payment.paidTitle')} data-testid="payment-state">
                {data.invoiceNumber
                  ? t('membership.payment.paidText', { number: data.invoiceNumber })
                  : t('membership.payment.paidTextShort')}
              </Alert>
            )}
            {state === 'pending' && (
              <Alert
                color="blue"
                role="status"
                title={t('membership.payment.pendingTitle')}
                icon={<Loader size="xs" />}
                data-testid="payment-state"
              >
                {t('membership.payment.pendingText')}
              </Alert>
            )}
            {state === 'failed' && (
              <Alert color="red" role="alert" title={t('membership.payment.failedTitle')} data-testid="payment-state">
                <Stack gap="sm" align="flex-start">
                  <Text size="sm">{t('membership.payment.failedText')}</Text>
                  <Button color="red" loading={retry.isPending || retry.isSuccess} onClick={() => retry.mutate()}>
                    {t('membership.payment.retry')}
                  </Button>
                  <ErrorAlert error={retry.error} />
                </Stack>
              </Alert>
            )}
            <Paper withBorder p="lg" radius="md">
              <PurchaseSummary
                membership={membership}
                showPreviousNumber
                totalMinor={data.totalMinor}
                currency={data.currency}
                paymentMethod={data.paymentMethod}
              />
            </Paper>
            <Text size="sm">{t('membership.done.immediate')}</Text>
            <Group gap="sm">
              <Button component={Link} to="/portal/membership/card">
                {t('membership.done.card')}
              </Button>
              <Button component={Link} to="/portal/invoices" variant="default">
                {t('membership.payment.invoices')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Container>
  );
}
