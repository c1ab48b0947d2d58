import { Button, Grid, Group, Paper, Select, TextInput, Title } from '@mantine/core';
import { type Control, Controller, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../shared/components/DateField.js';
import { DealerInput } from './DealerInput.js';
import { ModelPicker } from './ModelPicker.js';
import type { RegisterFormValues } from './registerForm.js';

/** One product of the register form: model, serial number, purchase date and country, dealer. */
export function RegisterProductRow({
  index,
  control,
  register,
  rowErrors,
  countries,
  today,
  onRemove,
}: {
  index: number;
  control: Control<RegisterFormValues>;
  register: UseFormRegister<RegisterFormValues>;
  rowErrors: FieldErrors<RegisterFormValues['items'][number]> | undefined;
  countries: { value: string; label: string }[];
  today: string;
  /** Absent while the row is the only one. */
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const title = t('products.register.rowTitle', { number: index + 1 });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title} data-testid="register-row">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h5">
          {title}
        </Title>
        {onRemove && (
          <Button
            variant="subtle"
            color="red"
            size="xs"
            onClick={onRemove}
            aria-label={t('products.register.removeRow', { number: index + 1 })}
          >
            {t('products.register.remove')}
          </Button>
        )}
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Controller
            control={control}
            name={`items.${index}.model`}
            render={({ field, fieldState }) => (
              <ModelPicker
                label={t('products.field.model')}
                name={field.name}
                required
                value={field.value ?? null}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={fieldState.error?.message}
              />
            )}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
          <TextInput
            label={t('products.field.serialNumber')}
            description={t('products.form.serialHelp')}
            autoComplete="off"
            {...register(`items.${index}.serialNumber`)}
            error={rowErrors?.serialNumber?.message}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, lg: 3 }}>
          <Controller
            control={control}
            name={`items.${index}.purchaseDate`}
            render={({ field }) => (
              <DateField
                label={t('products.field.purchaseDate')}
                description={t('products.form.dateHelp')}
                max={today}
                ref={field.ref}
                name={field.name}
                value={field.value ?? ''}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={rowErrors?.purchaseDate?.message}
              />
            )}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Controller
            control={control}
            name={`items.${index}.purchaseCountry`}
            render={({ field, fieldState }) => (
              <Select
                label={t('products.field.purchaseCountry')}
                placeholder={t('common.choose')}
                searchable
                clearable
                // A row starts with the last row's country: picking it again keeps it.
                allowDeselect={false}
                data={countries}
                value={field.value ?? null}
                onChange={field.onChange}
                onBlur={field.onBlur}
                name={field.name}
                nothingFoundMessage={t('common.nothingFound')}
                error={fieldState.error?.message}
              />
            )}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Controller
            control={control}
            name={`items.${index}.dealer`}
            render={({ field, fieldState }) => (
              <DealerInput
                label={t('products.field.dealer')}
                name={field.name}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={fieldState.error?.message}
              />
            )}
          />
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
