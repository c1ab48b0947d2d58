import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Button,
  Container,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { ApiError } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { ContactInput, TICKET_CATEGORIES } from '../../shared/contracts.js';
import { applyFieldErrors, zodMessages } from '../../shared/forms/validation.js';
import { currentLanguage, serverLocale } from '../../shared/i18n/i18n.js';
import { supportRequests } from './queries.js';

const ContactForm = ContactInput.omit({ locale: true, category: true }).extend({
  category: ContactInput.shape.category
    .nullable()
    .refine((value) => value !== null, { params: { key: 'validation.required' } }),
});
type ContactFormInput = z.input<typeof ContactForm>;
const HONEYPOT_STYLE = {
  position: 'absolute',
  left: '-10000px',
  top: 'auto',
  width: 1,
  height: 1,
  overflow: 'hidden',
} as const;
const FORM_PATHS = ['name', 'email', 'category', 'subject', 'message'] as const;

/** For people who cannot log in (application pending, lost access); the server rate-limits it. */
export function ContactPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('support.contact.title'));
  const resolver = useMemo(() => zodResolver(ContactForm, zodMessages(t)), [t]);
  const form = useForm<ContactFormInput>({
    resolver,
    mode: 'onTouched',
    defaultValues: { name: '', email: '', category: null, subject: '', message: '', website: '' },
  });
  const { errors } = form.formState;
  const send = useMutation({
    mutationFn: supportRequests.contact,
    onError: (error) => {
      if (error instanceof ApiError) applyFieldErrors(error, form.setError, FORM_PATHS);
    },
  });
  const categories = TICKET_CATEGORIES.map((value) => ({ value, label: t(`support.category.${value}`) }));

  const onValid = (values: ContactFormInput) =>
    send.mutate({
      name: values.name,
      email: values.email,
      category: values.category!,
      subject: values.subject,
      message: values.message,
      website: values.website || undefined,
      locale: serverLocale(currentLanguage()),
    });

  const tooMany = send.error instanceof ApiError && send.error.status === 429;
  return (
    <Container size="sm" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('support.contact.title')}</Title>
          <Text c="dimmed">{t('support.contact.intro')}</Text>
        </div>
        <Text size="sm">
          {t('support.contact.faqHint')}{' '}
          <Anchor component={Link} to="/faq">
            {t('support.faqLink')}
          </Anchor>
        </Text>
        {send.isSuccess ? (
          <Alert color="green" role="status" title={t('support.contact.sentTitle')} data-testid="contact-sent">
            {t('support.contact.sent')}
          </Alert>
        ) : (
          <Paper withBorder radius="md" p="lg">
            <form onSubmit={form.handleSubmit(onValid)} noValidate>
              <Stack gap="md">
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput
                    label={t('support.contact.name')}
                    required
                    autoComplete="name"
                    {...form.register('name')}
                    error={errors.name?.message}
                  />
                  <TextInput
                    label={t('support.contact.email')}
                    type="email"
                    required
                    autoComplete="email"
                    {...form.register('email')}
                    error={errors.email?.message}
                  />
                </SimpleGrid>
                <Controller
                  control={form.control}
                  name="category"
                  render={({ field, fieldState }) => (
                    <Select
                      label={t('support.field.category')}
                      placeholder={t('common.choose')}
                      data={categories}
                      value={field.value ?? null}
                      onChange={(value) => field.onChange(value)}
                      onBlur={field.onBlur}
                      ref={field.ref}
                      error={fieldState.error?.message}
                      allowDeselect={false}
                      required
                    />
                  )}
                />
                <TextInput
                  label={t('support.field.subject')}
                  required
                  {...form.register('subject')}
                  error={errors.subject?.message}
                />
                <Textarea
                  label={t('support.field.message')}
                  required
                  autosize
                  minRows={6}
                  {...form.register('message')}
                  error={errors.message?.message}
                />
                {/* A field people never see or reach; bots that fill it in are ignored by the server. */}
                <div aria-hidden="true" style={HONEYPOT_STYLE}>
                  <label htmlFor="contact-website">{t('support.contact.website')}</label>
                  <input
                    id="contact-website"
                    type="text"
                    tabIndex={-1}
                    autoComplete="off"
                    {...form.register('website')}
                  />
                </div>
                {send.isError &&
                  (tooMany ? (
                    <Alert color="red" variant="light" role="alert">
                      {send.error.message && send.error.message !== t('errors.unexpected')
                        ? send.error.message
                        : t('support.contact.tooMany')}
                    </Alert>
                  ) : (
                    <ErrorAlert error={send.error} />
                  ))}
                <Group justify="space-between">
                  <Anchor component={Link} to="/login" size="sm">
                    {t('auth.login')}
                  </Anchor>
                  <Button type="submit" loading={send.isPending}>
                    {t('support.contact.submit')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Paper>
        )}
      </Stack>
    </Container>
  );
}
