import { zodResolver } from '@hookform/resolvers/zod';
import {
  Anchor,
  Button,
  Container,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { ApiError } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { NewTicketInput, TICKET_CATEGORIES } from '../../shared/contracts.js';
import { applyFieldErrors, zodMessages } from '../../shared/forms/validation.js';
import { AttachmentPicker, markFileProblem, sendableFiles } from './AttachmentPicker.js';
import { createTicket, newIdempotencyKey, ticketKey, ticketsKey } from './api.js';
import type { PickedAttachment } from './attachments.js';
import { UploadProgress } from './UploadProgress.js';

const TicketForm = NewTicketInput.pick({ subject: true, message: true }).extend({
  category: NewTicketInput.shape.category
    .nullable()
    .refine((value) => value !== null, { params: { key: 'validation.required' } }),
});
type TicketFormInput = z.input<typeof TicketForm>;
const FORM_PATHS = ['category', 'subject', 'message'] as const;

export function NewTicketPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [params] = useSearchParams();
  useDocumentTitle(t('support.new.title'));
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [files, setFiles] = useState<PickedAttachment[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [extraErrors, setExtraErrors] = useState<string[]>([]);
  const errorRef = useRef<HTMLDivElement>(null);

  const initialCategory = params.get('category');
  const resolver = useMemo(() => zodResolver(TicketForm, zodMessages(t)), [t]);
  const form = useForm<TicketFormInput>({
    resolver,
    mode: 'onTouched',
    defaultValues: {
      category: (TICKET_CATEGORIES as readonly string[]).includes(initialCategory ?? '')
        ? (initialCategory as TicketFormInput['category'])
        : null,
      subject: '',
      message: '',
    },
  });
  const { errors } = form.formState;
  const categories = TICKET_CATEGORIES.map((value) => ({ value, label: t(`support.category.${value}`) }));

  const onValid = async (values: TicketFormInput) => {
    setSubmitError(null);
    setExtraErrors([]);
    const toSend = sendableFiles(files);
    if (!toSend) return;
    setProgress(0);
    try {
      const ticket = await createTicket(
        { idempotencyKey, category: values.category!, subject: values.subject, message: values.message },
        toSend,
        setProgress,
      );
      client.setQueryData(ticketKey(ticket.id), ticket);
      await client.invalidateQueries({ queryKey: ticketsKey });
      navigate(`/portal/support/${ticket.id}`, { state: { created: true } });
    } catch (error) {
      setProgress(null);
      if (error instanceof ApiError) {
        setExtraErrors(applyFieldErrors(error, form.setError, FORM_PATHS));
        setFiles((current) => markFileProblem(current, error.message));
      }
      setSubmitError(error);
      requestAnimationFrame(() => errorRef.current?.focus());
    }
  };

  const sending = progress !== null;
  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <div>
          <Anchor component={Link} to="/portal/support" size="sm">
            ← {t('support.backToList')}
          </Anchor>
          <Title order={1} mt="xs">
            {t('support.new.title')}
          </Title>
          <Text c="dimmed">{t('support.new.intro')}</Text>
        </div>
        <Paper withBorder radius="md" p="lg">
          <form onSubmit={form.handleSubmit(onValid)} noValidate>
            <Stack gap="md">
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
              {form.watch('category') === 'migration' && (
                <Text size="sm">
                  {t('support.new.migrationHint')}{' '}
                  <Anchor component={Link} to="/portal/faq/why-no-migrate-button">
                    {t('faq.whyNoMigrate')}
                  </Anchor>
                </Text>
              )}
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
              <AttachmentPicker id="new-ticket-files" files={files} onChange={setFiles} disabled={sending} />
              <div ref={errorRef} tabIndex={-1} style={{ outline: 'none' }}>
                <ErrorAlert error={submitError} extra={extraErrors} />
              </div>
              <UploadProgress fraction={progress} id="new-ticket-progress" />
              <Group justify="flex-end">
                <Button type="submit" loading={sending}>
                  {t('support.new.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Container>
  );
}
