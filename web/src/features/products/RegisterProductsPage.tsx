import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { type Path, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { zodMessages } from '../../shared/forms/validation.js';
import { blankToUndefined, newIdempotencyKey, type RegisterProductsBody, todayIso, withSummary } from './api.js';
import { useCountryOptions } from './countries.js';
import { productKeys, productQueries, productRequests } from './queries.js';
import { RegisterProductRow } from './RegisterProductRow.js';
import { emptyRow, MAX_ROWS, RegisterForm, type RegisterFormValues, ROW_FIELDS } from './registerForm.js';

export function RegisterProductsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const countries = useCountryOptions();
  useDocumentTitle(t('products.register.title'));
  /** One key per form instance: a double click or a retry registers the batch once. */
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [extraErrors, setExtraErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  const resolver = useMemo(() => zodResolver(RegisterForm, zodMessages(t)), [t]);
  const form = useForm<RegisterFormValues>({ resolver, defaultValues: { items: [emptyRow()] } });
  const { control, register, handleSubmit, setError, watch, formState } = form;
  const rows = useFieldArray({ control, name: 'items' });
  const errors = formState.errors.items;
  const items = watch('items');
  const potential = items.reduce((sum, row) => sum + (row.model?.points ?? 0), 0);
  const today = todayIso();

  const onValid = async (values: RegisterFormValues) => {
    setSubmitError(null);
    setExtraErrors([]);
    setSubmitting(true);
    const body: RegisterProductsBody = {
      idempotencyKey,
      items: values.items.map((row) => ({
        modelId: row.model!.id,
        serialNumber: blankToUndefined(row.serialNumber),
        purchaseDate: blankToUndefined(row.purchaseDate),
        purchaseCountry: (row.purchaseCountry || undefined) as RegisterProductsBody['items'][number]['purchaseCountry'],
        dealer: blankToUndefined(row.dealer),
      })),
    };
    try {
      const result = await productRequests.register(body);
      client.setQueryData(productQueries.pages().queryKey, (current) => withSummary(current, result.summary));
      void client.invalidateQueries({ queryKey: productKeys.all });
      void client.invalidateQueries({ queryKey: productKeys.migration });
      setIdempotencyKey(newIdempotencyKey());
      navigate('/portal/products', { state: { registered: result.items.length } });
    } catch (error) {
      setSubmitting(false);
      const unmatched: string[] = [];
      if (error instanceof ApiError) {
        let focused = false;
        for (const [path, message] of Object.entries(error.fields)) {
          const match = /^items\.(\d+)\.(\w+)$/.exec(path);
          const index = match ? Number(match[1]) : -1;
          const field = match?.[2] === 'modelId' ? 'model' : match?.[2];
          if (index >= 0 && index < values.items.length && (ROW_FIELDS as readonly string[]).includes(field ?? '')) {
            setError(
              `items.${index}.${field}` as Path<RegisterFormValues>,
              { type: 'server', message },
              { shouldFocus: !focused },
            );
            focused = true;
          } else {
            unmatched.push(message);
          }
        }
      }
      setExtraErrors(unmatched);
      setSubmitError(error);
      requestAnimationFrame(() => errorRef.current?.focus());
    }
  };

  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);

  return (
    <Container size="lg" py="xl">
      <Stack gap="lg">
        <div>
          <Anchor component={Link} to="/portal/products" size="sm">
            ← {t('products.backToList')}
          </Anchor>
          <Title order={1} mt="xs">
            {t('products.register.title')}
          </Title>
          <Text mt="xs">{t('products.register.intro')}</Text>
        </div>
        <Alert color="blue" variant="light" data-testid="best-estimate-hint">
          {t('products.bestEstimate')}
        </Alert>

        <form noValidate onSubmit={handleSubmit(onValid)}>
          <Stack gap="md">
            {rows.fields.map((row, index) => (
              <RegisterProductRow
                key={row.id}
                index={index}
                control={control}
                register={register}
                rowErrors={errors?.[index]}
                countries={countries}
                today={today}
                onRemove={rows.fields.length > 1 ? () => rows.remove(index) : undefined}
              />
            ))}

            <Group>
              <Button
                variant="default"
                // Products bought together usually come from one country: a new row starts with the last one's.
                onClick={() => rows.append({ ...emptyRow(), purchaseCountry: items.at(-1)?.purchaseCountry ?? null })}
                disabled={rows.fields.length >= MAX_ROWS}
              >
                {t('products.register.addRow')}
              </Button>
              <Text size="sm" c="dimmed">
                {t('products.register.rowsCount', {
                  rows: rows.fields.length,
                  // The noun counts the maximum ("1 of at most 50 products"), so it takes the plural.
                  count: MAX_ROWS,
                  formatted: MAX_ROWS,
                })}
              </Text>
            </Group>

            <Paper withBorder p="md" radius="md" bg="gray.0">
              <Text data-testid="register-potential">
                {t('products.register.potential', { count: potential, formatted: number(potential) })}
              </Text>
              <Text size="sm" c="dimmed">
                {t('products.register.completeRule')}
              </Text>
            </Paper>

            {(submitError || extraErrors.length > 0) && (
              <div ref={errorRef} tabIndex={-1}>
                <ErrorAlert error={submitError} extra={extraErrors} />
              </div>
            )}
            <Group>
              <Button type="submit" loading={submitting}>
                {t('products.register.submit', { count: rows.fields.length })}
              </Button>
              <Button component={Link} to="/portal/products" variant="subtle">
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Container>
  );
}
