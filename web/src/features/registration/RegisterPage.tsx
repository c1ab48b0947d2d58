import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Container, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { type FieldErrors, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, uploadMultipart } from '../../shared/api/client.js';
import { useMeta } from '../../shared/api/session.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import type { ProgrammeCountry, RegistrationInputBody, RegistrationResult } from '../../shared/contracts.js';
import { applyFieldErrors, zodMessages } from '../../shared/forms/validation.js';
import { useFormat } from '../../shared/i18n/format.js';
import { currentLanguage, serverLocale } from '../../shared/i18n/i18n.js';
import { CompanyFields } from './CompanyFields.js';
import { ContactFields } from './ContactFields.js';
import { DeclarationField } from './DeclarationField.js';
import { DocumentPicker, validateFiles } from './DocumentPicker.js';
import { DocumentRules } from './DocumentRules.js';
import { allowedKinds, fileIndexOf, type PickedFile } from './documents.js';
import { FormSection } from './FormSection.js';
import {
  clearDraft,
  FORM_PATHS,
  loadDraft,
  newIdempotencyKey,
  RegistrationForm,
  type RegistrationFormInput,
  type RegistrationFormOutput,
  saveDraft,
  saveResult,
} from './formSchema.js';
import { OrganisationFields } from './OrganisationFields.js';
import { countryFromLink, phoneForCountry, phonePrefix, vatForCountry, vatPrefix } from './prefill.js';

/** What the guide's link already tells: the organisation's country, and with it the two prefixes. */
function prefilled(draft: RegistrationFormInput, linkCountry: ProgrammeCountry | null): RegistrationFormInput {
  const country = (draft.organisation.country || linkCountry || '') as ProgrammeCountry | '';
  if (!country) return draft;
  return {
    ...draft,
    organisation: {
      ...draft.organisation,
      country,
      phone: draft.organisation.phone || phonePrefix(country),
    },
    company: { ...draft.company, vatNumber: draft.company.vatNumber || vatPrefix(country) },
  };
}

export function RegisterPage() {
  const { t } = useTranslation();
  const _format = useFormat();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const _meta = useMeta();
  useDocumentTitle(t('registration.title'));

  const source = params.get('source')?.trim().slice(0, 64) || undefined;
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [documentsError, setDocumentsError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [extraErrors, setExtraErrors] = useState<string[]>([]);
  const errorRef = useRef<HTMLDivElement>(null);
  const documentsRef = useRef<HTMLDivElement>(null);

  const resolver = useMemo(() => zodResolver(RegistrationForm, zodMessages(t)), [t]);
  const [defaults] = useState(() =>
    prefilled(loadDraft(serverLocale(currentLanguage())), countryFromLink(params.get('language'))),
  );
  const form = useForm<RegistrationFormInput, unknown, RegistrationFormOutput>({
    resolver,
    defaultValues: defaults,
    mode: 'onTouched',
  });
  const { handleSubmit, watch, setError, formState, getValues, setValue } = form;
  const errors = formState.errors;

  useEffect(() => {
    const subscription = watch((values) => saveDraft({ ...values, declaration: false }));
    return () => subscription.unsubscribe();
  }, [watch]);

  // The country fills in the phone's calling code and the VAT number's prefix, unless typed over.
  const country = watch('organisation.country') as ProgrammeCountry | '';
  useEffect(() => {
    if (!country) return;
    const phone = getValues('organisation.phone') ?? '';
    const vat = getValues('company.vatNumber') ?? '';
    if (phoneForCountry(phone, country) !== phone) setValue('organisation.phone', phoneForCountry(phone, country));
    if (vatForCountry(vat, country) !== vat) setValue('company.vatNumber', vatForCountry(vat, country));
  }, [country, getValues, setValue]);

  const vatAnswer = watch('company.vatRegistered');
  const vatRegistered = vatAnswer === 'yes' ? true : vatAnswer === 'no' ? false : null;
  const kinds = allowedKinds(vatRegistered);

  useEffect(() => {
    setFiles((current) =>
      current.map((item) =>
        item.kind && kinds.includes(item.kind) ? item : { ...item, kind: kinds.length === 1 ? kinds[0]! : null },
      ),
    );
  }, [kinds]);

  const checkDocuments = (): boolean => {
    const result = validateFiles(files, kinds);
    setFiles(result.files);
    setDocumentsError(result.errorKey ? t(result.errorKey) : null);
    return result.ok;
  };

  const onInvalid = (_errors: FieldErrors<RegistrationFormInput>) => {
    checkDocuments();
  };

  const onValid = async (values: RegistrationFormOutput) => {
    setSubmitError(null);
    setExtraErrors([]);
    if (!checkDocuments()) {
      documentsRef.current?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      return;
    }
    const application: RegistrationInputBody = {
      idempotencyKey,
      source,
      organisation: values.organisation,
      company: {
        vatRegistered: values.company.vatRegistered === 'yes',
        vatNumber: values.company.vatRegistered === 'yes' ? values.company.vatNumber : undefined,
        tradeRegisterNumber: values.company.tradeRegisterNumber,
        electronicAddress: values.company.vatRegistered === 'no' ? values.company.electronicAddress : undefined,
        legacyEmail: values.company.legacyEmail,
      },
      contact: values.contact,
      documents: files.map((item) => ({ kind: item.kind! })),
      declaration: true,
    };
    const body = new FormData();
    body.append('application', JSON.stringify(application));
    for (const item of files) body.append('documents', item.file, item.file.name);
    setProgress(0);
    try {
      const result = await uploadMultipart<RegistrationResult>('/api/registrations', body, setProgress);
      clearDraft();
      saveResult({ ...result, email: values.contact.email });
      navigate('/register/done', { state: { ...result, email: values.contact.email } });
    } catch (error) {
      setProgress(null);
      if (error instanceof ApiError) {
        const fileFields: Record<string, string> = {};
        const formFields: Record<string, string> = {};
        for (const [path, message] of Object.entries(error.fields)) {
          if (path === 'documents' || path.startsWith('documents.')) fileFields[path] = message;
          else formFields[path] = message;
        }
        const unmatched = applyFieldErrors(
          new ApiError(error.status, error.code, error.message, formFields),
          setError,
          FORM_PATHS,
        );
        for (const [path, message] of Object.entries(fileFields)) {
          const index = fileIndexOf(path);
          if (index !== null && files[index]) {
            setFiles((current) => current.map((f, i) => (i === index ? { ...f, problem: { message } } : f)));
          } else {
            setDocumentsError(message);
          }
        }
        setExtraErrors(unmatched);
      }
      setSubmitError(error);
      requestAnimationFrame(() => errorRef.current?.focus());
    }
  };

  const uploading = progress !== null;
  const percent = Math.round((progress ?? 0) * 100);

  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('registration.title')}</Title>
          <Text mt="xs">{t('registration.intro')}</Text>
          <Text size="sm" c="dimmed" mt="xs">
            {t('registration.requiredHint')}
          </Text>
        </div>

        <form onSubmit={handleSubmit(onValid, onInvalid)} noValidate>
          <Stack gap="lg">
            <OrganisationFields form={form} />
            <CompanyFields form={form} vatRegistered={vatRegistered} />
            <ContactFields form={form} country={country} />

            <FormSection id="documents" title={t('registration.documents.title')}>
              <div ref={documentsRef}>
                <DocumentRules vatRegistered={vatRegistered} />
              </div>
              <DocumentPicker
                id="registration-documents"
                files={files}
                onChange={(next) => {
                  setFiles(next);
                  if (next.length > 0) setDocumentsError(null);
                }}
                kinds={kinds}
                disabled={uploading}
                error={documentsError}
              />
            </FormSection>

            <DeclarationField form={form} />

            <div ref={errorRef} tabIndex={-1} style={{ outline: 'none' }}>
              <ErrorAlert error={submitError} extra={extraErrors} />
              {!submitError && Object.keys(errors).length > 0 && formState.submitCount > 0 && (
                <Alert color="red" variant="light" role="alert">
                  {t('registration.fixErrors')}
                </Alert>
              )}
            </div>

            {uploading && (
              <Stack gap={4}>
                <Text size="sm" id="upload-progress-label">
                  {percent < 100 ? t('registration.uploading', { percent }) : t('registration.processing')}
                </Text>
                <Progress value={percent} animated size="lg" aria-labelledby="upload-progress-label" />
              </Stack>
            )}

            <Group justify="space-between">
              <Anchor component={Link} to="/login" size="sm">
                {t('registration.haveAccount')}
              </Anchor>
              <Button type="submit" size="md" loading={uploading}>
                {t('registration.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Container>
  );
}
