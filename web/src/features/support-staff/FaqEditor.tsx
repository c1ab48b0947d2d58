import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NumberInput, Select, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { FAQ_CATEGORIES, FaqInput, type Locale } from '../../shared/contracts.js';
import { applyFieldErrors, zodMessages } from '../../shared/forms/validation.js';
import { type FaqArticle, supportStaffKeys, supportStaffRequests } from './queries.js';

type FormInput = z.input<typeof FaqInput>;
type FormOutput = z.output<typeof FaqInput>;
const FORM_PATHS = ['key', 'category', 'title', 'body', 'position', 'published'] as const;

/** Writes an article in one language: a new one (its key chosen once) or an edit. */
export function FaqEditor({
  locale,
  article,
  onClose,
}: {
  locale: Locale;
  /** null: a new article. */
  article: FaqArticle | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const resolver = useMemo(() => zodResolver(FaqInput, zodMessages(t)), [t]);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver,
    defaultValues: article
      ? {
          key: article.key,
          locale,
          category: article.category,
          title: article.title,
          body: article.body,
          position: article.position,
          published: article.published,
        }
      : { key: '', locale, category: 'business_account', title: '', body: '', position: 1, published: true },
  });
  const save = useMutation({
    mutationFn: supportStaffRequests.saveFaq,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: supportStaffKeys.faq });
      void client.invalidateQueries({ queryKey: supportStaffKeys.customerFaq });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError) applyFieldErrors(error, form.setError, FORM_PATHS);
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={form.handleSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('supportStaff.faq.key')}
          description={t('supportStaff.faq.keyHelp')}
          required
          readOnly={!!article}
          {...form.register('key')}
          error={errors.key?.message}
        />
        <Group grow align="flex-start">
          <Controller
            control={form.control}
            name="category"
            render={({ field }) => (
              <Select
                label={t('supportStaff.faq.category')}
                data={FAQ_CATEGORIES.map((value) => ({ value, label: t(`faq.category.${value}`) }))}
                value={field.value}
                onChange={(value) => value && field.onChange(value)}
                allowDeselect={false}
                required
              />
            )}
          />
          <Controller
            control={form.control}
            name="position"
            render={({ field, fieldState }) => (
              <NumberInput
                label={t('supportStaff.faq.position')}
                value={field.value}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : Number(value) || 0)}
                allowDecimal={false}
                error={fieldState.error?.message}
              />
            )}
          />
        </Group>
        <TextInput
          label={t('supportStaff.faq.articleTitle')}
          required
          {...form.register('title')}
          error={errors.title?.message}
        />
        <Textarea
          label={t('supportStaff.faq.body')}
          description={t('supportStaff.faq.bodyHelp')}
          required
          autosize
          minRows={8}
          {...form.register('body')}
          error={errors.body?.message}
        />
        <Controller
          control={form.control}
          name="published"
          render={({ field }) => (
            <Switch
              label={t('supportStaff.faq.published')}
              checked={field.value}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
            />
          )}
        />
        {save.isError && <ErrorAlert error={save.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('supportStaff.faq.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
