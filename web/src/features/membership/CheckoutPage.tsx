import { Alert, Anchor, Container, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../../shared/api/session.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { type PurchaseResultBody, parseKind, useMembershipPage, useQuote } from './api.js';
import { PaymentForm } from './PaymentForm.js';
import { PaymentResult } from './PaymentResult.js';
import { PurchaseConfirmation } from './PurchaseConfirmation.js';
import { QuoteSummary } from './QuoteSummary.js';

export function CheckoutPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const tierCode = params.get('tier') ?? '';
  const kind = parseKind(params.get('kind'));
  const user = useMe().data?.user;
  const page = useMembershipPage();
  const quote = useQuote(tierCode, kind);
  const [result, setResult] = useState<PurchaseResultBody | null>(null);
  useDocumentTitle(t('membership.checkout.title'));

  const orderId = params.get('order');
  if (orderId) return <PaymentResult orderId={orderId} />;
  if (result) return <PurchaseConfirmation result={result} />;

  const tier = page.data?.tiers.find((item) => item.code === tierCode);
  const back = (
    <Anchor component={Link} to="/portal/membership">
      {t('membership.checkout.back')}
    </Anchor>
  );
  return (
    <Container size="lg" py="xl">
      <Stack gap="lg">
        <div>
          {back}
          <Title order={1} mt="xs">
            {t('membership.checkout.title')}
          </Title>
        </div>
        {!tierCode && <Alert color="yellow">{t('membership.checkout.missingTier')}</Alert>}
        {(page.isPending || (tierCode && quote.isPending)) && <PageLoader />}
        {page.isError && <ErrorAlert error={page.error} />}
        {quote.isError && (
          <Stack gap="xs" data-testid="quote-error">
            <Text fw={600}>{t('membership.checkout.unavailable')}</Text>
            <ErrorAlert error={quote.error} />
          </Stack>
        )}
        {user?.role !== 'superuser' && page.data && <Alert color="gray">{t('membership.readOnly')}</Alert>}
        {quote.data && page.data && (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
            <QuoteSummary quote={quote.data} tierName={tier?.name ?? tierCode} />
            {user?.role === 'superuser' && (
              <PaymentForm
                tierCode={tierCode}
                quote={quote.data}
                methods={page.data.paymentMethods}
                onDone={setResult}
              />
            )}
          </SimpleGrid>
        )}
      </Stack>
    </Container>
  );
}
