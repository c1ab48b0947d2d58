import { Group, Radio, SimpleGrid, TextInput } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, type ProgrammeCountry } from '../../shared/contracts.js';
import { languagesFor } from '../../shared/i18n/locale.js';
import { FormSection } from './FormSection.js';
import type { RegistrationFormApi } from './formSchema.js';

/** The contact person, who becomes the Superuser; the language among those of the organisation's country. */
export function ContactFields({ form, country }: { form: RegistrationFormApi; country: ProgrammeCountry | '' }) {
  const { t } = useTranslation();
  const { register, control } = form;
  const errors = form.formState.errors;
  return (
    <FormSection id="contact" title={t('registration.contact.title')} intro={t('registration.contact.intro')}>
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
              {languagesFor(country, field.value as string).map((code, index) => (
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
    </FormSection>
  );
}
