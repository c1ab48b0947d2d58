import { Group, Radio, Text, TextInput } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  deriveElectronicAddress,
  formatElectronicAddress,
  type ProgrammeCountry,
  registerGivesAddress,
} from '../../shared/contracts.js';
import { useFormat } from '../../shared/i18n/format.js';
import { FormSection, Step } from './FormSection.js';
import type { RegistrationFormApi } from './formSchema.js';

/**
 * The company questions: VAT-registered or not, the VAT number, the register number, the e-invoicing
 * address where neither gives one, and the old CPS account's e-mail.
 */
export function CompanyFields({ form, vatRegistered }: { form: RegistrationFormApi; vatRegistered: boolean | null }) {
  const { t } = useTranslation();
  const { register, control, watch } = form;
  const errors = form.formState.errors;

  return (
    <FormSection id="company" title={t('registration.company.title')} intro={t('registration.company.intro')}>
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
      {vatRegistered === false && (
        <EInvoicingAddress
          form={form}
          country={watch('organisation.country') as ProgrammeCountry | ''}
          tradeRegisterNumber={watch('company.tradeRegisterNumber')}
        />
      )}
      <TextInput
        label={<Step n={4}>{t('registration.company.legacyEmail')}</Step>}
        description={t('registration.company.legacyEmailHelp')}
        type="email"
        {...register('company.legacyEmail')}
        error={errors.company?.legacyEmail?.message}
      />
    </FormSection>
  );
}

/**
 * Without a VAT number the e-invoices need another address: the one the register number gives
 * (shown), else the organisation's Peppol participant id (asked for).
 */
function EInvoicingAddress({
  form,
  country,
  tradeRegisterNumber,
}: {
  form: RegistrationFormApi;
  country: ProgrammeCountry | '';
  tradeRegisterNumber: string | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!country) return null;
  const derived = deriveElectronicAddress({ country, tradeRegisterNumber });
  if (derived) {
    return (
      <Text size="sm" c="dimmed" data-testid="e-invoicing-derived">
        {t('registration.company.electronicAddressDerived', { address: formatElectronicAddress(derived) })}
      </Text>
    );
  }
  return (
    <TextInput
      label={t('registration.company.electronicAddress')}
      description={
        registerGivesAddress(country)
          ? t('registration.company.electronicAddressHelpRegister')
          : t('registration.company.electronicAddressHelpPeppol', { country: format.country(country) })
      }
      required
      placeholder="0088:4012345000009"
      {...form.register('company.electronicAddress')}
      error={form.formState.errors.company?.electronicAddress?.message}
    />
  );
}
