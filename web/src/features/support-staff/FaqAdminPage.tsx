import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { LanguageSelect } from '../../shared/components/LanguageSelect.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { FAQ_CATEGORIES, FaqInput, LANGUAGE_NAMES, type Locale } from '../../shared/contracts.js';
import { applyFieldErrors, zodMessages } from '../../shared/forms/validation.js';
import { currentLanguage, serverLocale } from '../../shared/i18n/i18n.js';
import { type FaqArticleBody, saveFaq, useAdminFaq } from './api.js';

type FormInput = z.input<typeof FaqInput>;
type FormOutput = z.output<typeof FaqInput>;
const FORM_PATHS = ['key', 'category', 'title', 'body', 'position', 'published'] as const;

function FaqEditor({
  locale,
  article,
  onClose,
}: {
  locale: Locale;
  /** null: a new article. */
  article: FaqArticleBody | null;
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
    mutationFn: saveFaq,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['admin', 'faq'] });
      void client.invalidateQueries({ queryKey: ['faq'] });
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

export function FaqAdminPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('supportStaff.faq.title'));
  const [locale, setLocale] = useState<Locale>(serverLocale(currentLanguage()));
  const [editing, setEditing] = useState<FaqArticleBody | 'new' | null>(null);
  const list = useAdminFaq(locale);
  const items = list.data?.items ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1}>{t('supportStaff.faq.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('supportStaff.faq.explain')}
          </Text>
        </div>
        <Button onClick={() => setEditing('new')}>{t('supportStaff.faq.new')}</Button>
      </Group>
      <div>
        <LanguageSelect label={t('supportStaff.faq.language')} value={locale} onChange={setLocale} />
      </div>
      {list.isPending && <PageLoader />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && items.length === 0 && (
        <Alert color="gray" variant="light">
          {t('supportStaff.faq.empty')}
        </Alert>
      )}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table highlightOnHover verticalSpacing="xs" aria-label={t('supportStaff.faq.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('supportStaff.faq.category')}</Table.Th>
                <Table.Th ta="right">{t('supportStaff.faq.position')}</Table.Th>
                <Table.Th>{t('supportStaff.faq.articleTitle')}</Table.Th>
                <Table.Th>{t('supportStaff.faq.key')}</Table.Th>
                <Table.Th>{t('supportStaff.faq.published')}</Table.Th>
                <Table.Th>
                  <span className="pp-visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((article) => (
                <Table.Tr key={article.id} data-testid="faq-admin-row">
                  <Table.Td>{t(`faq.category.${article.category}`)}</Table.Td>
                  <Table.Td ta="right">{article.position}</Table.Td>
                  <Table.Td>{article.title}</Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace">
                      {article.key}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={article.published ? 'green' : 'gray'} variant="light" size="sm">
                      {article.published ? t('supportStaff.faq.isPublished') : t('supportStaff.faq.draft')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setEditing(article)}
                      aria-label={t('supportStaff.faq.editNamed', { title: article.title })}
                    >
                      {t('supportStaff.faq.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing === 'new'
            ? t('supportStaff.faq.newTitle', { language: LANGUAGE_NAMES[locale] })
            : t('supportStaff.faq.editTitle', { language: LANGUAGE_NAMES[locale] })
        }
        size="lg"
      >
        {editing !== null && (
          <FaqEditor
            key={editing === 'new' ? 'new' : editing.id}
            locale={locale}
            article={editing === 'new' ? null : editing}
            onClose={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
