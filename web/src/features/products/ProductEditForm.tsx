import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiError } from '../../shared/api/client.js';
import { DateField } from '../../shared/components/DateField.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { applyFieldErrors, zodMessages } from '../../shared/forms/validation.js';
import {
  blankToUndefined,
  type CatalogueModelItem,
  type MissingFieldName,
  type ProductDetailBody,
  todayIso,
  type UpdateProductBody,
  withSummary,
} from './api.js';
import { useCountryOptions } from './countries.js';
import { DealerInput } from './DealerInput.js';
import { ModelPicker } from './ModelPicker.js';
import { MissingLabel } from './ProductDetailParts.js';
import { productKeys, productQueries, productRequests } from './queries.js';
import { purchaseDateField, serialField } from './registerForm.js';

const EditForm = z.object({
  model: z.custom<CatalogueModelItem | null>((value) => value === null || typeof value === 'object'),
  serialNumber: serialField,
  purchaseDate: purchaseDateField,
  purchaseCountry: z.string().nullable(),
  dealer: z.string().trim().max(120),
});
type EditValues = z.input<typeof EditForm>;

function valuesOf(product: ProductDetailBody): EditValues {
  return {
    model: null,
    serialNumber: product.serialNumber ?? '',
    purchaseDate: product.purchaseDate ?? '',
    purchaseCountry: product.purchaseCountry,
    dealer: product.dealer ?? '',
  };
}

/** Completing or correcting an active product; the answer updates the detail and My products in place. */
export function ProductEditForm({ data }: { data: ProductDetailBody }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const countries = useCountryOptions();
  const [saved, setSaved] = useState(false);
  const id = data.id;
  const resolver = useMemo(() => zodResolver(EditForm, zodMessages(t)), [t]);
  const form = useForm<EditValues>({
    resolver,
    defaultValues: { model: null, serialNumber: '', purchaseDate: '', purchaseCountry: null, dealer: '' },
  });
  const { reset } = form;
  useEffect(() => {
    if (data) reset(valuesOf(data));
  }, [data, reset]);

  const save = useMutation({
    mutationFn: (body: UpdateProductBody) => productRequests.update(id, body),
    onSuccess: (body) => {
      client.setQueryData(productQueries.detail(id).queryKey, body);
      const { history: _, summary, ...product } = body;
      client.setQueryData(productQueries.pages().queryKey, (current) => withSummary(current, summary, product));
      void client.invalidateQueries({ queryKey: productKeys.all });
      setSaved(true);
    },
    onError: (error) => {
      if (error instanceof ApiError) {
        const fields = Object.fromEntries(
          Object.entries(error.fields).map(([path, message]) => [path === 'modelId' ? 'model' : path, message]),
        );
        applyFieldErrors(new ApiError(error.status, error.code, error.message, fields), form.setError, [
          'model',
          'serialNumber',
          'purchaseDate',
          'purchaseCountry',
          'dealer',
        ]);
      }
    },
  });

  const missing = new Set<MissingFieldName>(data.missing);
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit((values) => {
    setSaved(false);
    const body: UpdateProductBody = {
      serialNumber: blankToUndefined(values.serialNumber),
      purchaseDate: blankToUndefined(values.purchaseDate),
      purchaseCountry: (values.purchaseCountry || undefined) as UpdateProductBody['purchaseCountry'],
      dealer: blankToUndefined(values.dealer),
    };
    if (!data.modelId && values.model) body.modelId = values.model.id;
    save.mutate(body);
  });
  const missingClass = (field: MissingFieldName) => (missing.has(field) ? { input: 'pp-missing-input' } : undefined);

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="product-edit-title">
      <Title order={2} size="h4" id="product-edit-title">
        {data.complete ? t('products.detail.editTitle') : t('products.detail.completeTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('products.detail.editIntro')}
      </Text>
      <form noValidate onSubmit={onSubmit}>
        <Stack gap="sm">
          {!data.modelId && (
            <Controller
              control={form.control}
              name="model"
              render={({ field, fieldState }) => (
                <ModelPicker
                  label={t('products.field.model')}
                  name={field.name}
                  value={field.value ?? null}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                />
              )}
            />
          )}
          <TextInput
            label={<MissingLabel label={t('products.field.serialNumber')} missing={missing.has('serialNumber')} />}
            aria-label={t('products.field.serialNumber')}
            autoComplete="off"
            classNames={missingClass('serialNumber')}
            {...form.register('serialNumber')}
            error={errors.serialNumber?.message}
          />
          <Controller
            control={form.control}
            name="purchaseDate"
            render={({ field }) => (
              <DateField
                max={todayIso()}
                label={<MissingLabel label={t('products.field.purchaseDate')} missing={missing.has('purchaseDate')} />}
                aria-label={t('products.field.purchaseDate')}
                description={t('products.form.dateHelp')}
                classNames={missingClass('purchaseDate')}
                ref={field.ref}
                name={field.name}
                value={field.value ?? ''}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={errors.purchaseDate?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="purchaseCountry"
            render={({ field, fieldState }) => (
              <Select
                label={
                  <MissingLabel label={t('products.field.purchaseCountry')} missing={missing.has('purchaseCountry')} />
                }
                aria-label={t('products.field.purchaseCountry')}
                placeholder={t('common.choose')}
                searchable
                data={countries}
                value={field.value ?? null}
                onChange={field.onChange}
                onBlur={field.onBlur}
                name={field.name}
                classNames={missingClass('purchaseCountry')}
                nothingFoundMessage={t('common.nothingFound')}
                error={fieldState.error?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="dealer"
            render={({ field, fieldState }) => (
              <div className={missing.has('dealer') ? 'pp-missing-field' : undefined}>
                <DealerInput
                  label={<MissingLabel label={t('products.field.dealer')} missing={missing.has('dealer')} />}
                  ariaLabel={t('products.field.dealer')}
                  name={field.name}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                />
              </div>
            )}
          />
          {save.isError && <ErrorAlert error={save.error} />}
          {saved && !save.isPending && (
            <Alert color="green" role="status" data-testid="product-saved">
              {data.complete ? t('products.detail.savedComplete') : t('products.detail.saved')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('products.detail.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
