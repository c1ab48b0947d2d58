import { Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { CATEGORIES } from '../../shared/contracts.js';
import { CatalogueImport } from './CatalogueImport.js';
import { CatalogueTable } from './CatalogueTable.js';
import { type CatalogueCategory, catalogueQueries } from './queries.js';

export function CataloguePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('catalogue.title'));
  const [q, setQ] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(q, 250);
  const list = useQuery(catalogueQueries.admin(debounced, category as CatalogueCategory | null));
  const categories = CATEGORIES.map((value) => ({ value, label: t(`category.${value}`) }));

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('catalogue.title')}</Title>
        <Text c="dimmed">{t('catalogue.intro')}</Text>
      </div>

      <CatalogueImport />

      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="catalogue-list-title">
        <Title order={2} size="h4" id="catalogue-list-title" mb="sm">
          {t('catalogue.listTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md">
          <TextInput
            label={t('catalogue.search')}
            type="search"
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
          />
          <Select
            label={t('catalogue.category')}
            placeholder={t('catalogue.allCategories')}
            data={categories}
            value={category}
            onChange={setCategory}
            clearable
          />
        </SimpleGrid>
        {list.isPending && <PageLoader />}
        {list.isError && <ErrorAlert error={list.error} />}
        {list.data &&
          (list.data.items.length === 0 ? (
            <Text c="dimmed">{t('common.nothingFound')}</Text>
          ) : (
            <CatalogueTable models={list.data.items} />
          ))}
        <Text size="xs" c="dimmed" mt="sm">
          {t('catalogue.pointsRule')} {t('catalogue.endOfSupportRule')}
        </Text>
      </Paper>
    </Stack>
  );
}
