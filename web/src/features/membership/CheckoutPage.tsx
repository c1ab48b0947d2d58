import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Container,
  Divider,
  Group,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import { ApiError } from '../../shared/api/client.js';
import { useMe } from '../../shared/api/session.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { PAYMENT_METHODS } from '../../shared/contracts.js';
import { applyFieldErrors, zodMessages } from '../../shared/forms/validation.js';
import {
  formatDay,
  formatMoney,
  formatRate,
  newIdempotencyKey,
  type PaymentMethodName,
  type PurchaseResultBody,
  parseKind,
  type QuoteBody,
  useMembershipPage,
  useQuote,
} from './api.js';
import { PaymentResult } from './PaymentResult.js';
import { PurchaseConfirmation } from './PurchaseConfirmation.js';
import { methodNote } from './paymentText.js';
import { membershipKeys, membershipRequests } from './queries.js';

const CheckoutForm = z
  .object({
    paymentMethod: z
      .enum(PAYMENT_METHODS)
      .nullable()
      .refine((value) => value !== null, { params: { key: 'validation.required' } }),
    iban: z.string().trim().max(42),
    accountHolder: z.string().trim().max(70),
    mandate: z.boolean(),
    acceptTerms: z.boolean().refine((value) => value, { params: { key: 'membership.checkout.termsRequired' } }),
  })
  .superRefine((value, ctx) => {
    if (value.paymentMethod !== 'sepa_debit') return;
    if (value.iban.length < 5) ctx.addIssue({ code: 'custom', path: ['iban'], params: { key: 'validation.required' } });
    if (value.accountHolder.length < 2)
      ctx.addIssue({ code: 'custom', path: ['accountHolder'], params: { key: 'validation.required' } });
    if (!value.mandate)
      ctx.addIssue({ code: 'custom', path: ['mandate'], params: { key: 'membership.checkout.mandateRequired' } });
  });
type CheckoutValues = z.input<typeof CheckoutForm>;

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

function QuoteSummary({ quote, tierName }: { quote: QuoteBody; tierName: string }) {
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

function PaymentForm({
  tierCode,
  quote,
  methods,
  onDone,
}: {
  tierCode: string;
  quote: QuoteBody;
  methods: readonly PaymentMethodName[];
  onDone: (result: PurchaseResultBody) => void;
}) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  // One key for this checkout: a double click or a retry after a network error makes one order.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const resolver = useMemo(() => zodResolver(CheckoutForm, zodMessages(t)), [t]);
  const form = useForm<CheckoutValues>({
    resolver,
    defaultValues: {
      paymentMethod: methods.length === 1 ? methods[0]! : null,
      iban: '',
      accountHolder: '',
      mandate: false,
      acceptTerms: false,
    },
  });
  const method = form.watch('paymentMethod');
  const { errors } = form.formState;

  const buy = useMutation({
    mutationFn: membershipRequests.purchase,
    onMutate: () => setUnmatched([]),
    onSuccess: async (result) => {
      // Card: straight on to the provider's hosted page; it sends the customer back to the confirmation.
      if (result.checkout) window.location.assign(result.checkout.url);
      else onDone(result);
      await Promise.all([
        client.invalidateQueries({ queryKey: membershipKeys.all }),
        client.invalidateQueries({ queryKey: membershipKeys.history }),
      ]);
    },
    onError: (error) => {
      if (error instanceof ApiError) {
        const renamed = new ApiError(
          error.status,
          error.code,
          error.message,
          Object.fromEntries(
            Object.entries(error.fields).map(([path, message]) => [
              path === 'sepa.iban' ? 'iban' : path === 'sepa.accountHolder' ? 'accountHolder' : path,
              message,
            ]),
          ),
        );
        setUnmatched(applyFieldErrors(renamed, form.setError, ['iban', 'accountHolder', 'paymentMethod']));
      }
    },
  });

  const onlyFieldErrors =
    buy.error instanceof ApiError && Object.keys(buy.error.fields).length > 0 && unmatched.length === 0;

  const submit = form.handleSubmit((values) => {
    if (buy.isPending || !values.paymentMethod) return;
    buy.mutate({
      idempotencyKey,
      tierCode,
      kind: quote.kind,
      paymentMethod: values.paymentMethod,
      sepa:
        values.paymentMethod === 'sepa_debit'
          ? { iban: values.iban.trim(), accountHolder: values.accountHolder.trim(), consent: true }
          : undefined,
      acceptTerms: true,
    });
  });

  return (
    <Paper withBorder p="lg" radius="md" component="form" onSubmit={submit} noValidate>
      <Stack gap="md">
        <Controller
          control={form.control}
          name="paymentMethod"
          render={({ field }) => (
            <Radio.Group
              value={field.value}
              onChange={(value) => field.onChange(value as PaymentMethodName)}
              label={t('membership.checkout.paymentMethod')}
              size="md"
              labelProps={{ fw: 700 }}
              error={errors.paymentMethod?.message}
              withAsterisk
            >
              <Stack gap="sm" mt={4}>
                {methods.map((value) => (
                  <Radio
                    key={value}
                    value={value}
                    label={t(`membership.checkout.method.${value}`)}
                    description={methodNote(t, value, quote, i18n.language)}
                    data-testid={`method-${value}`}
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
        {method === 'sepa_debit' && (
          <Stack gap="sm" p="md" bg="gray.0" style={{ borderRadius: 8 }}>
            <TextInput
              label={t('membership.checkout.iban')}
              autoComplete="off"
              withAsterisk
              error={errors.iban?.message}
              {...form.register('iban')}
            />
            <TextInput
              label={t('membership.checkout.accountHolder')}
              autoComplete="name"
              withAsterisk
              error={errors.accountHolder?.message}
              {...form.register('accountHolder')}
            />
            <Checkbox
              label={t('membership.checkout.mandate')}
              error={errors.mandate?.message}
              {...form.register('mandate')}
            />
          </Stack>
        )}
        <Divider />
        <Checkbox
          label={t('membership.checkout.terms')}
          error={errors.acceptTerms?.message}
          {...form.register('acceptTerms')}
        />
        <Text size="sm" c="dimmed">
          {t('membership.checkout.invoiceFollows')}
        </Text>
        <ErrorAlert error={onlyFieldErrors ? null : buy.error} extra={unmatched} />
        <Group justify="flex-end">
          <Button type="submit" size="md" loading={buy.isPending} disabled={buy.isPending || buy.isSuccess}>
            {t('membership.checkout.buy')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

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
