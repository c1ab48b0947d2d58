import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Button,
  Container,
  Grid,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { Controller, type Path, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { ApiError, api } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { SERIAL_CHARACTERS } from '../../shared/contracts.js';
import { zodMessages } from '../../shared/forms/validation.js';
import {
  blankToUndefined,
  type CatalogueModelItem,
  type MyProductsPages,
  migrationKey,
  newIdempotencyKey,
  productPagesKey,
  productsKey,
  type RegisteredBody,
  type RegisterProductsBody,
  todayIso,
  withSummary,
} from './api.js';
import { useCountryOptions } from './countries.js';
import { DealerInput } from './DealerInput.js';
import { ModelPicker } from './ModelPicker.js';

const MAX_ROWS = 50;

/** Serial numbers are compared in upper case without spaces, as the server stores them. */
export const serialField = z
  .string()
  .trim()
  .max(40)
  .refine((value) => !value || SERIAL_CHARACTERS.test(value.toUpperCase().replace(/\s+/g, '')), {
    params: { key: 'products.form.serialInvalid' },
  });
export const purchaseDateField = z
  .string()
  .refine((value) => !value || /^\d{4}-\d{2}-\d{2}$/.test(value), { params: { key: 'products.form.dateInvalid' } })
  .refine((value) => !value || value <= todayIso(), { params: { key: 'products.form.dateFuture' } });

const Row = z.object({
  model: z
    .custom<CatalogueModelItem | null>((value) => value === null || (typeof value === 'object' && 'id' in value))
    .refine((value) => value !== null, { params: { key: 'products.form.modelRequired' } }),
  serialNumber: serialField,
  purchaseDate: purchaseDateField,
  purchaseCountry: z.string().nullable(),
  dealer: z.string().trim().max(120),
});
const RegisterForm = z.object({ items: z.array(Row).min(1).max(MAX_ROWS) });
type RegisterFormValues = z.input<typeof RegisterForm>;
type RowValues = RegisterFormValues['items'][number];

const emptyRow = (): RowValues => ({
  model: null,
  serialNumber: '',
  purchaseDate: '',
  purchaseCountry: null,
  dealer: '',
});
const ROW_FIELDS = ['model', 'serialNumber', 'purchaseDate', 'purchaseCountry', 'dealer'] as const;

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
      const result = await api.post<RegisteredBody>('/api/products', body);
      client.setQueryData(productPagesKey, (current: MyProductsPages | undefined) =>
        withSummary(current, result.summary),
      );
      void client.invalidateQueries({ queryKey: productsKey });
      void client.invalidateQueries({ queryKey: migrationKey });
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
            {rows.fields.map((row, index) => {
              const rowErrors = errors?.[index];
              const title = t('products.register.rowTitle', { number: index + 1 });
              return (
                <Paper
                  key={row.id}
                  withBorder
                  p="md"
                  radius="md"
                  component="section"
                  aria-label={title}
                  data-testid="register-row"
                >
                  <Group justify="space-between" mb="sm">
                    <Title order={2} size="h5">
                      {title}
                    </Title>
                    {rows.fields.length > 1 && (
                      <Button
                        variant="subtle"
                        color="red"
                        size="xs"
                        onClick={() => rows.remove(index)}
                        aria-label={t('products.register.removeRow', { number: index + 1 })}
                      >
                        {t('products.register.remove')}
                      </Button>
                    )}
                  </Group>
                  <Grid gap="md">
                    <Grid.Col span={{ base: 12, lg: 6 }}>
                      <Controller
                        control={control}
                        name={`items.${index}.model`}
                        render={({ field, fieldState }) => (
                          <ModelPicker
                            label={t('products.field.model')}
                            name={field.name}
                            required
                            value={field.value ?? null}
                            onChange={field.onChange}
                            onBlur={field.onBlur}
                            error={fieldState.error?.message}
                          />
                        )}
                      />
                    </Grid.Col>
                    <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
                      <TextInput
                        label={t('products.field.serialNumber')}
                        description={t('products.form.serialHelp')}
                        autoComplete="off"
                        {...register(`items.${index}.serialNumber`)}
                        error={rowErrors?.serialNumber?.message}
                      />
                    </Grid.Col>
                    <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
                      <TextInput
                        type="date"
                        label={t('products.field.purchaseDate')}
                        description={t('products.form.dateHelp')}
                        max={today}
                        {...register(`items.${index}.purchaseDate`)}
                        error={rowErrors?.purchaseDate?.message}
                      />
                    </Grid.Col>
                    <Grid.Col span={{ base: 12, sm: 6 }}>
                      <Controller
                        control={control}
                        name={`items.${index}.purchaseCountry`}
                        render={({ field, fieldState }) => (
                          <Select
                            label={t('products.field.purchaseCountry')}
                            placeholder={t('common.choose')}
                            searchable
                            clearable
                            // A row starts with the last row's country: picking it again keeps it.
                            allowDeselect={false}
                            data={countries}
                            value={field.value ?? null}
                            onChange={field.onChange}
                            onBlur={field.onBlur}
                            name={field.name}
                            nothingFoundMessage={t('common.nothingFound')}
                            error={fieldState.error?.message}
                          />
                        )}
                      />
                    </Grid.Col>
                    <Grid.Col span={{ base: 12, sm: 6 }}>
                      <Controller
                        control={control}
                        name={`items.${index}.dealer`}
                        render={({ field, fieldState }) => (
                          <DealerInput
                            label={t('products.field.dealer')}
                            name={field.name}
                            value={field.value}
                            onChange={field.onChange}
                            onBlur={field.onBlur}
                            error={fieldState.error?.message}
                          />
                        )}
                      />
                    </Grid.Col>
                  </Grid>
                </Paper>
              );
            })}

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
