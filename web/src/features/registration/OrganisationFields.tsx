import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMeta } from '../../shared/api/session.js';
import { COUNTRIES } from '../../shared/contracts.js';
import { useFormat } from '../../shared/i18n/format.js';
import { FormSection } from './FormSection.js';
import type { RegistrationFormApi } from './formSchema.js';

/** The organisation: names, country (the programme's countries, sorted in the page's language), address, phone. */
export function OrganisationFields({ form }: { form: RegistrationFormApi }) {
  const { t } = useTranslation();
  const format = useFormat();
  const meta = useMeta();
  const { register, control } = form;
  const errors = form.formState.errors;

  const countries = useMemo(() => {
    const codes = meta.data?.countries?.length ? meta.data.countries : [...COUNTRIES];
    return codes
      .map((code) => ({ value: code, label: format.country(code) }))
      .sort((a, b) => a.label.localeCompare(b.label, format.language));
  }, [meta.data, format]);

  return (
    <FormSection id="organisation" title={t('registration.organisation.title')}>
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
          className="pp-span-2-from-sm"
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
          className="pp-span-2-from-sm"
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
    </FormSection>
  );
}
