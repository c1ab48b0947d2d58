import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { CaseFilterBar, type QueueParams } from './CaseFilterBar.js';
import { CaseTable } from './CaseTable.js';
import { NextCleanCase } from './NextCleanCase.js';
import { type CaseFilters, caseQueries } from './queries.js';

/** The address's filters as the list route takes them (the server checks every value). */
function toFilters(p: QueueParams): CaseFilters {
  return {
    status: p.status as CaseFilters['status'],
    country: (p.country || undefined) as CaseFilters['country'],
    overdue: p.overdue ? 'true' : undefined,
    assignee: p.assignee as CaseFilters['assignee'],
    clean: p.clean ? 'true' : undefined,
    sort: p.cleanFirst ? 'clean' : undefined,
  };
}

export function CaseListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  useDocumentTitle(t('cases.title'));

  const filters: QueueParams = {
    status: params.get('status') ?? 'open',
    country: params.get('country') ?? '',
    overdue: params.get('overdue') === 'true',
    assignee: params.get('assignee') ?? 'any',
    clean: params.get('clean') === 'true',
    cleanFirst: params.get('sort') === 'clean',
  };

  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const cases = useInfiniteQuery(caseQueries.list(toFilters(filters)));
  const items = cases.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('cases.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('cases.slaExplain')}
          </Text>
        </div>
        <NextCleanCase />
      </Group>
      <CaseFilterBar filters={filters} setFilter={setFilter} />

      {cases.isPending && <PageLoader />}
      {cases.isError && <ErrorAlert error={cases.error} />}
      {cases.data && items.length === 0 && (
        <Alert color="gray" variant="light">
          {t('cases.empty')}
        </Alert>
      )}
      {items.length > 0 && <CaseTable items={items} />}
      {cases.hasNextPage && (
        <Group justify="center">
          <Button variant="default" onClick={() => void cases.fetchNextPage()} loading={cases.isFetchingNextPage}>
            {t('cases.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
