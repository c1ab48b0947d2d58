import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Container,
  Group,
  List,
  Paper,
  Progress,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { Controller, type FieldErrors, useForm } from 'react-hook-form';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, uploadMultipart } from '../../shared/api/client.js';
import { useMeta } from '../../shared/api/session.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import {
  COUNTRIES,
  LANGUAGE_NAMES,
  type ProgrammeCountry,
  type RegistrationInputBody,
  type RegistrationResult,
} from '../../shared/contracts.js';
import { applyFieldErrors, zodMessages } from '../../shared/forms/validation.js';
import { useFormat } from '../../shared/i18n/format.js';
import { currentLanguage, serverLocale } from '../../shared/i18n/i18n.js';
import { languagesFor } from '../../shared/i18n/locale.js';
import { DocumentPicker, validateFiles } from './DocumentPicker.js';
import { allowedKinds, fileIndexOf, type PickedFile } from './documents.js';
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

function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper component="section" withBorder p="lg" radius="md" aria-labelledby={`${id}-title`}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id={`${id}-title`}>
            {title}
          </Title>
          {intro && (
            <Text size="sm" c="dimmed" mt={4}>
              {intro}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}

function Step({ n, children }: { n: number; children: ReactNode }) {
  return (
    <>
      <span className="pp-step-number" aria-hidden="true">
        {n}
      </span>
      <span className="pp-visually-hidden">{`${n}. `}</span>
      {children}
    </>
  );
}

export function RegisterPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const meta = useMeta();
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
  const { register, control, handleSubmit, watch, setError, formState, getValues, setValue } = form;
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

  // The contact's language is offered among the languages of the organisation's country.
  const organisationCountry = country;
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

  const countries = useMemo(() => {
    const codes = meta.data?.countries?.length ? meta.data.countries : [...COUNTRIES];
    return codes
      .map((code) => ({ value: code, label: format.country(code) }))
      .sort((a, b) => a.label.localeCompare(b.label, format.language));
  }, [meta.data, format]);

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
            <Section id="organisation" title={t('registration.organisation.title')}>
              <TextInput
                label={t('registration.organisation.legalName')}
                description={t('registration.organisation.legalNameHelp')}
                required
                autoComplete="organization"
                {...register('organisation.legalName')}
                error={errors.organisation?.legalName?.message}
              />
              <TextInput
                label={t('registration.organisation.tradingName')}
                description={t('common.optional')}
                {...register('organisation.tradingName')}
                error={errors.organisation?.tradingName?.message}
              />
              <Controller
                control={control}
                name="organisation.country"
                render={({ field, fieldState }) => (
                  <Select
                    label={t('registration.organisation.country')}
                    description={t('registration.organisation.countryHelp')}
                    placeholder={t('common.choose')}
                    required
                    searchable
                    // Picking the country already filled in (from the link) keeps it, never clears it.
                    allowDeselect={false}
                    data={countries}
                    value={field.value || null}
                    onChange={(value) => field.onChange(value ?? '')}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    name={field.name}
                    error={fieldState.error?.message}
                    autoComplete="country"
                    nothingFoundMessage={t('common.nothingFound')}
                  />
                )}
              />
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput
                  style={{ gridColumn: 'span 2' }}
                  label={t('registration.organisation.street')}
                  required
                  autoComplete="address-line1"
                  {...register('organisation.street')}
                  error={errors.organisation?.street?.message}
                />
                <TextInput
                  label={t('registration.organisation.houseNumber')}
                  required
                  {...register('organisation.houseNumber')}
                  error={errors.organisation?.houseNumber?.message}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput
                  label={t('registration.organisation.postcode')}
                  required
                  autoComplete="postal-code"
                  {...register('organisation.postcode')}
                  error={errors.organisation?.postcode?.message}
                />
                <TextInput
                  style={{ gridColumn: 'span 2' }}
                  label={t('registration.organisation.city')}
                  required
                  autoComplete="address-level2"
                  {...register('organisation.city')}
                  error={errors.organisation?.city?.message}
                />
              </SimpleGrid>
              <TextInput
                label={t('registration.organisation.phone')}
                description={t('registration.organisation.phoneHelp')}
                required
                type="tel"
                autoComplete="tel"
                {...register('organisation.phone')}
                error={errors.organisation?.phone?.message}
              />
            </Section>

            <Section id="company" title={t('registration.company.title')} intro={t('registration.company.intro')}>
              <Controller
                control={control}
                name="company.vatRegistered"
                render={({ field, fieldState }) => (
                  <Radio.Group
                    label={<Step n={1}>{t('registration.company.vatRegistered')}</Step>}
                    description={t('registration.company.vatRegisteredHelp')}
                    required
                    value={field.value || ''}
                    onChange={field.onChange}
                    name={field.name}
                    error={fieldState.error?.message}
                  >
                    <Group mt="xs">
                      <Radio value="yes" label={t('common.yes')} ref={field.ref} onBlur={field.onBlur} />
                      <Radio value="no" label={t('common.no')} onBlur={field.onBlur} />
                    </Group>
                  </Radio.Group>
                )}
              />
              {vatRegistered ? (
                <TextInput
                  label={<Step n={2}>{t('registration.company.vatNumber')}</Step>}
                  description={t('registration.company.vatNumberHelp')}
                  required
                  {...register('company.vatNumber')}
                  error={errors.company?.vatNumber?.message}
                />
              ) : (
                <div>
                  <Text size="sm" fw={500}>
                    <Step n={2}>{t('registration.company.vatNumber')}</Step>
                  </Text>
                  <Text size="sm" c="dimmed">
                    {vatRegistered === false
                      ? t('registration.company.vatNumberNotNeeded')
                      : t('registration.company.vatNumberFirst')}
                  </Text>
                </div>
              )}
              <TextInput
                label={<Step n={3}>{t('registration.company.tradeRegisterNumber')}</Step>}
                description={t('registration.company.tradeRegisterNumberHelp')}
                {...register('company.tradeRegisterNumber')}
                error={errors.company?.tradeRegisterNumber?.message}
              />
              <TextInput
                label={<Step n={4}>{t('registration.company.legacyEmail')}</Step>}
                description={t('registration.company.legacyEmailHelp')}
                type="email"
                {...register('company.legacyEmail')}
                error={errors.company?.legacyEmail?.message}
              />
            </Section>

            <Section id="contact" title={t('registration.contact.title')} intro={t('registration.contact.intro')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('registration.contact.firstName')}
                  required
                  autoComplete="given-name"
                  {...register('contact.firstName')}
                  error={errors.contact?.firstName?.message}
                />
                <TextInput
                  label={t('registration.contact.lastName')}
                  required
                  autoComplete="family-name"
                  {...register('contact.lastName')}
                  error={errors.contact?.lastName?.message}
                />
              </SimpleGrid>
              <TextInput
                label={t('registration.contact.email')}
                description={t('registration.contact.emailHelp')}
                required
                type="email"
                autoComplete="email"
                {...register('contact.email')}
                error={errors.contact?.email?.message}
              />
              <Controller
                control={control}
                name="contact.locale"
                render={({ field, fieldState }) => (
                  <Radio.Group
                    label={t('registration.contact.locale')}
                    required
                    // The contract reads any locale tag (its input type is unknown); the form holds a language.
                    value={field.value as string}
                    onChange={field.onChange}
                    name={field.name}
                    error={fieldState.error?.message}
                  >
                    <Group mt="xs">
                      {languagesFor(organisationCountry, field.value as string).map((code, index) => (
                        <Radio
                          key={code}
                          value={code}
                          label={LANGUAGE_NAMES[code]}
                          lang={code}
                          ref={index === 0 ? field.ref : undefined}
                        />
                      ))}
                    </Group>
                  </Radio.Group>
                )}
              />
            </Section>

            <Section id="documents" title={t('registration.documents.title')}>
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
            </Section>

            <Section id="declaration" title={t('registration.declaration.title')}>
              <Controller
                control={control}
                name="declaration"
                render={({ field, fieldState }) => (
                  <Checkbox
                    label={
                      <>
                        {t('registration.declaration.label')}{' '}
                        <Trans
                          i18nKey="registration.declaration.terms"
                          components={[
                            <Anchor
                              key="terms"
                              href={`/terms?language=${currentLanguage()}`}
                              target="_blank"
                              rel="noopener"
                              data-testid="terms-link"
                            />,
                          ]}
                        />
                      </>
                    }
                    description={t('registration.declaration.help')}
                    required
                    checked={!!field.value}
                    onChange={(event) => field.onChange(event.currentTarget.checked)}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    name={field.name}
                    error={fieldState.error?.message}
                  />
                )}
              />
            </Section>

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

function DocumentRules({ vatRegistered }: { vatRegistered: boolean | null }) {
  const { t } = useTranslation();
  if (vatRegistered === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('registration.documents.chooseVatFirst')}
      </Text>
    );
  }
  if (vatRegistered) {
    return <Text size="sm">{t('registration.documents.vatRule')}</Text>;
  }
  return (
    <div>
      <Text size="sm">{t('registration.documents.noVatRule')}</Text>
      <List size="sm" mt={4}>
        <List.Item>{t('documentKind.company_invoice')}</List.Item>
        <List.Item>{t('documentKind.business_licence')}</List.Item>
        <List.Item>{t('documentKind.chamber_extract')}</List.Item>
      </List>
    </div>
  );
}
