import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { FilterBar } from '../../shared/components/FilterBar.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { ShowMore } from '../../shared/components/ShowMore.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { AuditTable } from './AuditTable.js';
import { type AuditFilters, changedDates, FILTERS, NO_FILTERS, readFilters, withFilters } from './auditFilters.js';
import { ACTION_LABELS_KEY, actionOptions } from './auditFormat.js';
import { FilterText } from './FilterText.js';
import { auditQueries } from './queries.js';

/** The admin's view of the append-only audit log: newest first, filtered, a page at a time. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  useDocumentTitle(t('audit.title'));

  const filters = readFilters(params);
  const filtered = FILTERS.some((key) => filters[key] !== '');
  // Two changes in one event (leaving a text filter commits it just as a date changes) must both land,
  // so each change starts from the last address written, not from the one of the last render.
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  }, [params]);
  /** Changes filters in the address; the list then starts again from its first page. */
  const setFilters = (changes: Partial<AuditFilters>) => {
    const next = withFilters(latest.current, changes);
    latest.current = next;
    setParams(next, { replace: true });
  };

  const list = useInfiniteQuery(auditQueries.list(filters));
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  // The choices stay while another filter loads or fails; a chosen action not in the list stays too.
  const actions = list.data?.pages[0]?.actions;
  const [knownActions, setKnownActions] = useState<readonly string[]>([]);
  useEffect(() => {
    if (actions) setKnownActions(actions);
  }, [actions]);
  const labels = t(ACTION_LABELS_KEY, { returnObjects: true }) as unknown;
  const options = actionOptions(
    labels,
    filters.action ? [...knownActions, filters.action] : knownActions,
    i18n.language,
  );

  const failed = list.isError && !list.isFetchNextPageError;
  // The server names the filter at fault (e.g. a `from` that is no date); say which one it is.
  const fieldErrors =
    list.error instanceof ApiError
      ? Object.entries(list.error.fields).map(([field, message]) =>
          (FILTERS as readonly string[]).includes(field) ? `${t(`audit.filter.${field}`)}: ${message}` : message,
        )
      : [];

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('audit.title')}</Title>
        <Text c="dimmed" size="sm" maw={760}>
          {t('audit.intro')}
        </Text>
      </div>

      <FilterBar
        label={t('audit.filters')}
        choice={{
          label: t('audit.filter.action'),
          placeholder: t('audit.filter.allActions'),
          options,
          searchable: true,
        }}
        value={filters.action || null}
        onChange={(action) => setFilters({ action: action ?? '' })}
        dates={{ fromLabel: t('audit.filter.from'), toLabel: t('audit.filter.to'), from: filters.from, to: filters.to }}
        onDates={(dates) => setFilters(changedDates(dates, { from: filters.from, to: filters.to }))}
      >
        <FilterText
          label={t('audit.filter.actor')}
          placeholder={t('audit.filter.actorPlaceholder')}
          value={filters.actor}
          onCommit={(actor) => setFilters({ actor })}
        />
        <FilterText
          label={t('audit.filter.entityId')}
          placeholder={t('audit.filter.entityIdPlaceholder')}
          value={filters.entityId}
          onCommit={(entityId) => setFilters({ entityId })}
        />
        {filtered && (
          <Button variant="subtle" onClick={() => setFilters(NO_FILTERS)}>
            {t('audit.filter.clear')}
          </Button>
        )}
      </FilterBar>

      {list.isPending && <PageLoader />}
      {failed && <ErrorAlert error={list.error} extra={fieldErrors} />}
      {list.data && !failed && items.length === 0 && (
        <Alert color="gray" variant="light" data-testid="audit-empty">
          {t('audit.empty')}
        </Alert>
      )}
      {!failed && items.length > 0 && (
        <AuditTable
          items={items}
          labels={labels}
          stale={list.isPlaceholderData}
          onEntity={(entityId) => setFilters({ entityId })}
        />
      )}
      <ShowMore list={list} label={t('audit.loadMore')} />
    </Stack>
  );
}
