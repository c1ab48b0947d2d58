import { Autocomplete } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { productQueries } from './queries.js';

/** Free text with suggestions from the organisation's earlier dealers. */
export function DealerInput({
  label,
  value,
  onChange,
  onBlur,
  error,
  name,
  description,
  ariaLabel,
}: {
  label: ReactNode;
  /** The accessible name when the visible label carries more than the field's name. */
  ariaLabel?: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string;
  name?: string;
  description?: string;
}) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(value, 200);
  const suggestions = useQuery(productQueries.dealers(debounced));
  return (
    <Autocomplete
      label={label}
      aria-label={ariaLabel}
      name={name}
      description={description}
      placeholder={t('products.register.dealerPlaceholder')}
      // A suggestion that is exactly what was typed adds nothing: leaving it out closes the list, so it
      // does not cover the button below once the name is complete.
      data={(suggestions.data?.items ?? []).filter((item) => item.toLowerCase() !== value.trim().toLowerCase())}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      error={error}
      maxLength={120}
    />
  );
}
