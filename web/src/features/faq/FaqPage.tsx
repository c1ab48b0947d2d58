import { Accordion, Alert, Anchor, Chip, Container, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { FAQ_CATEGORIES } from '../../shared/contracts.js';
import { type FaqCategoryValue, faqLocale, useFaqSearch } from './api.js';
import { AskSupport, FaqBody, useFaqBase } from './FaqParts.js';

const ALL = 'all';

export function FaqPage() {
  const { t, i18n } = useTranslation();
  const base = useFaqBase();
  const [params, setParams] = useSearchParams();
  useDocumentTitle(t('faq.title'));
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search, 300);
  const categoryParam = params.get('category');
  const category = (FAQ_CATEGORIES as readonly string[]).includes(categoryParam ?? '')
    ? (categoryParam as FaqCategoryValue)
    : null;
  const locale = faqLocale(i18n.language);
  const list = useFaqSearch({ locale, q: debounced, category });

  // Keep the search in the address so a search can be shared or reloaded.
  // Both updates start from the address as it is now: the router's own copy can be a render behind
  // when a chip is clicked while the debounced search is being written (one would undo the other).
  useEffect(() => {
    const next = new URLSearchParams(window.location.search);
    if (debounced.trim()) next.set('q', debounced.trim());
    else next.delete('q');
    setParams(next, { replace: true });
  }, [debounced, setParams]);

  const setCategory = (value: string) => {
    const next = new URLSearchParams(window.location.search);
    if (value === ALL) next.delete('category');
    else next.set('category', value);
    setParams(next, { replace: true });
  };

  const items = list.data?.items ?? [];
  const searching = debounced.trim() !== '';
  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('faq.title')}</Title>
          <Text c="dimmed">{t('faq.intro')}</Text>
        </div>
        <TextInput
          type="search"
          label={t('faq.searchLabel')}
          placeholder={t('faq.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          rightSection={list.isFetching ? <Loader size="xs" role="status" aria-label={t('common.loading')} /> : null}
          size="md"
        />
        <div>
          <Text size="sm" fw={500} mb={6} id="faq-category-label">
            {t('faq.categoryLabel')}
          </Text>
          <Chip.Group multiple={false} value={category ?? ALL} onChange={setCategory}>
            <Group gap="xs" role="group" aria-labelledby="faq-category-label">
              <Chip value={ALL} variant="outline">
                {t('faq.allCategories')}
              </Chip>
              {FAQ_CATEGORIES.map((value) => (
                <Chip key={value} value={value} variant="outline">
                  {t(`faq.category.${value}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </div>

        {list.isError && <ErrorAlert error={list.error} />}
        <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="faq-count">
          {list.data
            ? searching
              ? t('faq.resultCount', { count: items.length, query: debounced.trim() })
              : t('faq.articleCount', { count: items.length })
            : ''}
        </Text>
        {list.data && items.length === 0 && (
          <Alert color="gray" variant="light">
            {t('faq.noResults')}
          </Alert>
        )}
        {items.length > 0 && (
          <Accordion variant="separated" radius="md" multiple chevronPosition="right">
            {items.map((article) => (
              <Accordion.Item key={article.id} value={article.key} data-testid="faq-article">
                <Accordion.Control>
                  <Text fw={600}>{article.title}</Text>
                  <Text size="xs" c="dimmed">
                    {t(`faq.category.${article.category}`)}
                  </Text>
                </Accordion.Control>
                <Accordion.Panel>
                  <FaqBody body={article.body} />
                  <Anchor component={Link} to={`${base}/${article.key}`} size="sm">
                    {t('faq.openArticle')}
                  </Anchor>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        )}
        <AskSupport />
      </Stack>
    </Container>
  );
}
