import { Anchor, Checkbox } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { Trans, useTranslation } from 'react-i18next';
import { currentLanguage } from '../../shared/i18n/i18n.js';
import { FormSection } from './FormSection.js';
import type { RegistrationFormApi } from './formSchema.js';

/** The declaration the applicant ticks, with the terms in a new tab. */
export function DeclarationField({ form }: { form: RegistrationFormApi }) {
  const { t } = useTranslation();
  return (
    <FormSection id="declaration" title={t('registration.declaration.title')}>
      <Controller
        control={form.control}
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
    </FormSection>
  );
}
