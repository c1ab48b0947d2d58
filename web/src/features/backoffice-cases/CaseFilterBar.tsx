import { Checkbox, Group, SegmentedControl, Select, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeta } from '../../shared/api/session.js';
import { APPLICATION_STATUSES, COUNTRIES } from '../../shared/contracts.js';
import { useFormat } from '../../shared/i18n/format.js';

const STATUS_FILTERS = ['open', ...APPLICATION_STATUSES] as const;
const ASSIGNEE_FILTERS = ['any', 'me', 'unassigned'] as const;

/** The queue's filters as they stand in the address (`?status=&country=&assignee=&overdue=&clean=&sort=`). */
export type QueueParams = {
  status: string;
  country: string;
  overdue: boolean;
  assignee: string;
  clean: boolean;
  cleanFirst: boolean;
};

/** The queue's filter bar; `setFilter(key, null)` removes a filter from the address. */
export function CaseFilterBar({
  filters,
  setFilter,
}: {
  filters: QueueParams;
  setFilter: (key: string, value: string | null) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const meta = useMeta();
  const { status, country, overdue, assignee, clean, cleanFirst } = filters;

  const countries = useMemo(() => {
    const codes = meta.data?.countries?.length ? meta.data.countries : [...COUNTRIES];
    return codes
      .map((code) => ({ value: code, label: format.country(code) }))
      .sort((a, b) => a.label.localeCompare(b.label, format.language));
  }, [meta.data, format]);

  return (
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
  );
}
