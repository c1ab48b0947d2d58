import { Badge, Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueModelItem } from './api.js';
import { productQueries } from './queries.js';

export function modelLabel(model: CatalogueModelItem): string {
  return `${model.name} · ${model.modelCode}`;
}

/**
 * A searchable model picker fed by the catalogue search; it keeps the chosen model in its options
 * so the label stays while the user searches for something else, and shows each model's points.
 */
export function ModelPicker({
  label,
  value,
  onChange,
  error,
  required,
  onBlur,
  name,
}: {
  label: string;
  value: CatalogueModelItem | null;
  onChange: (model: CatalogueModelItem | null) => void;
  error?: string;
  required?: boolean;
  onBlur?: () => void;
  name?: string;
}) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState(value ? modelLabel(value) : '');
  const selectedLabel = value ? modelLabel(value) : null;
  const term = search === selectedLabel ? '' : search;
  const [debounced] = useDebouncedValue(term, 200);
  const catalogue = useQuery(productQueries.catalogue(debounced));

  const models = useMemo(() => {
    const byId = new Map<string, CatalogueModelItem>();
    if (value) byId.set(value.id, value);
    for (const model of catalogue.data?.items ?? []) byId.set(model.id, model);
    return byId;
  }, [catalogue.data, value]);
  const data = useMemo(
    () => [...models.values()].map((model) => ({ value: model.id, label: modelLabel(model) })),
    [models],
  );
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);

  return (
    <Select
      label={label}
      name={name}
      placeholder={t('products.register.modelPlaceholder')}
      required={required}
      searchable
      clearable
      data={data}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      onBlur={onBlur}
      filter={({ options }) => options}
      nothingFoundMessage={catalogue.isFetching ? t('common.loading') : t('common.nothingFound')}
      onChange={(id) => onChange(id ? (models.get(id) ?? null) : null)}
      error={error}
      description={
        value ? (
          <span data-testid="model-points">
            {t('products.register.modelPoints', { count: value.points, formatted: number(value.points) })}
          </span>
        ) : undefined
      }
      renderOption={({ option }) => {
        const model = models.get(option.value);
        return (
          <Group justify="space-between" wrap="nowrap" w="100%" gap="sm">
            <Text size="sm">{option.label}</Text>
            {model && (
              <Badge variant="light" tt="none" color={model.points > 0 ? 'blue' : 'gray'} style={{ flexShrink: 0 }}>
                {t('products.points', { count: model.points, formatted: number(model.points) })}
              </Badge>
            )}
          </Group>
        );
      }}
      maxDropdownHeight={320}
      comboboxProps={{ width: 'max-content', position: 'bottom-start' }}
    />
  );
}
