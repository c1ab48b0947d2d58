import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Divider, Group, Paper, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiError } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PAYMENT_METHODS } from '../../shared/contracts.js';
import { applyFieldErrors, zodMessages } from '../../shared/forms/validation.js';
import { newIdempotencyKey, type PaymentMethodName, type PurchaseResultBody, type QuoteBody } from './api.js';
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

/** Payment method (with the SEPA mandate), the terms, and the one order this checkout makes. */
export function PaymentForm({
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
