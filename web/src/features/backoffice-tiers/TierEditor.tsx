import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { TierCategory } from '../../shared/contracts.js';
import { applyFieldErrors, zodMessages } from '../../shared/forms/validation.js';
import { type Tier, tierKeys, tierRequests } from './queries.js';
import { formValues, TierForm, type TierFormInput, type TierFormValues, toTierInput } from './tierForm.js';

/** A NumberInput's value for the form: an empty field becomes NaN, which the form schema refuses. */
const toNumber = (value: string | number) => (typeof value === 'number' ? value : Number.NaN);

/** Creates a tier or saves a new version of one (the code of an existing tier stays). */
export function TierEditor({
  tier,
  nextRank,
  onSaved,
  onCancel,
}: {
  tier: Tier | null;
  nextRank: number;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const resolver = useMemo(() => zodResolver(TierForm, zodMessages(t)), [t]);
  const form = useForm<TierFormInput, unknown, TierFormValues>({ resolver, defaultValues: formValues(tier, nextRank) });
  const save = useMutation({
    mutationFn: (values: TierFormValues) => tierRequests.save(toTierInput(values, tier)),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: tierKeys.all });
      onSaved();
    },
    onError: (error) => {
      if (error instanceof ApiError) applyFieldErrors(error, form.setError, ['code', 'category', 'minPoints', 'rank']);
    },
  });
  const errors = form.formState.errors;
  const categories = TierCategory.options.map((value) => ({ value, label: t(`tiersAdmin.category.${value}`) }));

  return (
    <form noValidate onSubmit={form.handleSubmit((values) => save.mutate(values))}>
      <Stack gap="sm">
        <Alert color="blue" variant="light">
          {t('tiersAdmin.priceNote')}
        </Alert>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('tiersAdmin.field.code')}
            readOnly={tier !== null}
            description={tier ? t('tiersAdmin.codeReadOnly') : t('tiersAdmin.codeHint')}
            error={errors.code?.message}
            {...form.register('code')}
          />
          <Controller
            control={form.control}
            name="category"
            render={({ field }) => (
              <Select
                label={t('tiersAdmin.field.category')}
                data={categories}
                value={field.value}
                onChange={(value) => field.onChange(value ?? 'individual')}
                allowDeselect={false}
                error={errors.category?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="minPoints"
            render={({ field }) => (
              <NumberInput
                label={t('tiersAdmin.field.minPoints')}
                value={field.value}
                onChange={(value) => field.onChange(toNumber(value))}
                min={0}
                allowDecimal={false}
                allowNegative={false}
                error={errors.minPoints?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="priceEur"
            render={({ field }) => (
              <NumberInput
                label={t('tiersAdmin.field.priceEur')}
                description={t('tiersAdmin.exclVat')}
                value={field.value}
                onChange={(value) => field.onChange(toNumber(value))}
                min={0}
                decimalScale={2}
                fixedDecimalScale
                allowNegative={false}
                prefix="€ "
                error={errors.priceEur?.message}
              />
            )}
          />
          <TextInput label={t('tiersAdmin.field.nameNl')} error={errors.nameNl?.message} {...form.register('nameNl')} />
          <TextInput label={t('tiersAdmin.field.nameEn')} error={errors.nameEn?.message} {...form.register('nameEn')} />
          <Textarea
            label={t('tiersAdmin.field.benefitsNl')}
            description={t('tiersAdmin.benefitsHint')}
            autosize
            minRows={3}
            {...form.register('benefitsNl')}
          />
          <Textarea
            label={t('tiersAdmin.field.benefitsEn')}
            description={t('tiersAdmin.benefitsHint')}
            autosize
            minRows={3}
            {...form.register('benefitsEn')}
          />
          <Controller
            control={form.control}
            name="rank"
            render={({ field }) => (
              <NumberInput
                label={t('tiersAdmin.field.rank')}
                description={t('tiersAdmin.rankHint')}
                value={field.value}
                onChange={(value) => field.onChange(toNumber(value))}
                allowDecimal={false}
                error={errors.rank?.message}
              />
            )}
          />
          <Checkbox mt="lg" label={t('tiersAdmin.field.active')} {...form.register('active')} />
        </SimpleGrid>
        {save.isError && <ErrorAlert error={save.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('tiersAdmin.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('tiersAdmin.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
