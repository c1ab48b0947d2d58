import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, query } from '../../shared/api/client.js';
import { useMeta } from '../../shared/api/session.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { APPLICATION_STATUSES, type CaseListBody, COUNTRIES } from '../../shared/contracts.js';
import { useFormat } from '../../shared/i18n/format.js';
import { NextCleanCase } from './NextCleanCase.js';
import { useSlaLeft } from './SlaLeft.js';
import { StatusBadge } from './StatusBadge.js';

const STATUS_FILTERS = ['open', ...APPLICATION_STATUSES] as const;
const ASSIGNEE_FILTERS = ['any', 'me', 'unassigned'] as const;

export function CaseListPage() {
  const { t } = useTranslation();
  const slaLeft = useSlaLeft();
  const format = useFormat();
  const meta = useMeta();
  const [params, setParams] = useSearchParams();
  useDocumentTitle(t('cases.title'));

  const status = params.get('status') ?? 'open';
  const country = params.get('country') ?? '';
  const overdue = params.get('overdue') === 'true';
  const assignee = params.get('assignee') ?? 'any';
  const clean = params.get('clean') === 'true';
  const cleanFirst = params.get('sort') === 'clean';

  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const cases = useInfiniteQuery({
    queryKey: ['staff', 'cases', { status, country, overdue, assignee, clean, cleanFirst }],
    queryFn: ({ pageParam }) =>
      api.get<CaseListBody>(
        `/api/staff/cases${query({
          status,
          country: country || undefined,
          overdue: overdue ? 'true' : undefined,
          assignee,
          clean: clean ? 'true' : undefined,
          sort: cleanFirst ? 'clean' : undefined,
          limit: 50,
          cursor: pageParam ?? undefined,
        })}`,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: 60_000,
  });

  const countries = useMemo(() => {
    const codes = meta.data?.countries?.length ? meta.data.countries : [...COUNTRIES];
    return codes
      .map((code) => ({ value: code, label: format.country(code) }))
      .sort((a, b) => a.label.localeCompare(b.label, format.language));
  }, [meta.data, format]);

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
      <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label={t('cases.filters')}>
        <Select
          label={t('cases.filter.status')}
          data={STATUS_FILTERS.map((value) => ({
            value,
            label: value === 'open' ? t('cases.filter.open') : t(`applicationStatus.${value}`),
          }))}
          value={status}
          onChange={(value) => setFilter('status', value === 'open' ? null : value)}
          allowDeselect={false}
          w={220}
        />
        <Select
          label={t('cases.filter.country')}
          placeholder={t('cases.filter.allCountries')}
          data={countries}
          value={country || null}
          onChange={(value) => setFilter('country', value)}
          clearable
          searchable
          w={220}
        />
        <div>
          <Text size="sm" fw={500} id="assignee-filter-label" mb={4}>
            {t('cases.filter.assignee')}
          </Text>
          <SegmentedControl
            aria-labelledby="assignee-filter-label"
            data={ASSIGNEE_FILTERS.map((value) => ({ value, label: t(`cases.filter.assignees.${value}`) }))}
            value={assignee}
            onChange={(value) => setFilter('assignee', value === 'any' ? null : value)}
          />
        </div>
        <Checkbox
          label={t('cases.filter.overdue')}
          checked={overdue}
          onChange={(event) => setFilter('overdue', event.currentTarget.checked ? 'true' : null)}
          mb={8}
        />
        <Checkbox
          label={t('cases.evidence.filterClean')}
          checked={clean}
          onChange={(event) => setFilter('clean', event.currentTarget.checked ? 'true' : null)}
          mb={8}
        />
        <Checkbox
          label={t('cases.evidence.sortClean')}
          checked={cleanFirst}
          onChange={(event) => setFilter('sort', event.currentTarget.checked ? 'clean' : null)}
          mb={8}
        />
      </Group>

      {cases.isPending && <PageLoader />}
      {cases.isError && <ErrorAlert error={cases.error} />}
      {cases.data && items.length === 0 && (
        <Alert color="gray" variant="light">
          {t('cases.empty')}
        </Alert>
      )}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table highlightOnHover verticalSpacing="xs" aria-label={t('cases.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cases.col.reference')}</Table.Th>
                <Table.Th>{t('cases.col.organisation')}</Table.Th>
                <Table.Th>{t('cases.col.country')}</Table.Th>
                <Table.Th>{t('cases.col.status')}</Table.Th>
                <Table.Th>{t('cases.col.submitted')}</Table.Th>
                <Table.Th>{t('cases.col.slaDue')}</Table.Th>
                <Table.Th>{t('cases.col.assignee')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr
                  key={item.id}
                  className={item.overdue ? 'pp-overdue-row' : undefined}
                  data-overdue={item.overdue}
                >
                  <Table.Td>
                    <Anchor component={Link} to={`/back-office/cases/${item.id}`} fw={600}>
                      {item.reference}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <span>{item.organisationName}</span>
                      {item.clean && (
                        <Badge color="green" size="xs" variant="light" data-testid="clean-badge">
                          {t('cases.evidence.clean')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{format.country(item.country)}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={item.status} />
                  </Table.Td>
                  <Table.Td>{format.dateTime(item.submittedAt)}</Table.Td>
                  <Table.Td>
                    {item.slaDueAt ? (
                      <Stack gap={0}>
                        <Text size="sm" c={item.overdue ? 'red.9' : undefined} fw={item.overdue ? 700 : undefined}>
                          {format.dateTime(item.slaDueAt)}
                        </Text>
                        <Group gap={4}>
                          {item.overdue && (
                            <Badge color="red" size="xs" variant="filled">
                              {t('cases.overdue')}
                            </Badge>
                          )}
                          <Text size="xs" c={item.overdue ? 'red.9' : 'dimmed'} data-testid="sla-left">
                            {slaLeft(item.slaWorkingDaysLeft)}
                          </Text>
                        </Group>
                      </Stack>
                    ) : (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {item.assigneeName ?? (
                      <Text c="dimmed" size="sm">
                        {t('cases.unassigned')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
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
