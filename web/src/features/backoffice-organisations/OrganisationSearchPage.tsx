import { Anchor, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { useFormat } from '../../shared/i18n/format.js';
import { organisationQueries } from './queries.js';

/**
 * Staff find a customer by what they have at hand: a name, a VAT number, an e-mail address, a
 * membership number or an invoice number. The query lives in the address, so a search can be shared.
 */
export function OrganisationSearchPage() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('organisations.title'));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const results = useQuery(organisationQueries.search(q));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(text.trim() ? { q: text.trim() } : {});
  };

  return (
    <Stack gap="lg" maw={900}>
      <div>
        <Title order={1}>{t('organisations.title')}</Title>
        <Text c="dimmed">{t('organisations.intro')}</Text>
      </div>
      <form aria-label={t('organisations.searchLabel')} onSubmit={submit}>
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('organisations.searchLabel')}
            description={t('organisations.searchHint')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            style={{ flex: '1 1 260px' }}
            autoFocus
          />
          <Button type="submit">{t('organisations.search')}</Button>
        </Group>
      </form>
      {results.isError && <ErrorAlert error={results.error} />}
      {results.isFetching && !results.data && <PageLoader />}
      {results.data && (
        <section aria-live="polite" aria-label={t('organisations.results')}>
          {results.data.items.length === 0 ? (
            <Text>{t('organisations.noResults', { q })}</Text>
          ) : (
            <Stack gap="xs">
              {results.data.items.map((item) => (
                <Paper key={item.id} withBorder p="sm" radius="md">
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <div>
                      <Anchor component={Link} to={`/back-office/organisations/${item.id}`} fw={600}>
                        {item.tradingName ?? item.legalName}
                      </Anchor>
                      <Text size="sm" c="dimmed">
                        {[item.legalName, format.country(item.country), item.vatNumber].filter(Boolean).join(' · ')}
                      </Text>
                    </div>
                    <Badge variant="light" color="gray" style={{ textTransform: 'none' }}>
                      {t(`organisations.matchedBy.${item.matchedBy}`)}: {item.matchedValue}
                    </Badge>
                  </Group>
                </Paper>
              ))}
            </Stack>
          )}
        </section>
      )}
    </Stack>
  );
}
