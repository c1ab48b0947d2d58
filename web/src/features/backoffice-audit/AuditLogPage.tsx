import { Alert, Anchor, Button, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError, api, query } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { FilterBar } from '../../shared/components/FilterBar.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { ShowMore } from '../../shared/components/ShowMore.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import type { AuditEntry, AuditList } from '../../shared/contracts.js';
import { ACTION_LABELS_KEY, actionLabel, actionOptions, auditTime, detailPairs, shortId } from './auditFormat.js';

/** The filters, as they stand in the address (so a filtered view can be shared and survives a reload). */
const FILTERS = ['action', 'actor', 'entityId', 'from', 'to'] as const;
type Filter = (typeof FILTERS)[number];
type Filters = Record<Filter, string>;

const nowrap = { whiteSpace: 'nowrap' } as const;

/** The admin's view of the append-only audit log: newest first, filtered, a page at a time. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  useDocumentTitle(t('audit.title'));

  const filters = Object.fromEntries(FILTERS.map((key) => [key, params.get(key)?.trim() ?? ''])) as Filters;
  const filtered = FILTERS.some((key) => filters[key] !== '');
  // Two changes in one event (leaving a text filter commits it just as a date changes) must both land,
  // so each change starts from the last address written, not from the one of the last render.
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  }, [params]);
  /** Changes filters in the address; the list then starts again from its first page. */
  const setFilters = (changes: Partial<Filters>) => {
    const next = new URLSearchParams(latest.current);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    latest.current = next;
    setParams(next, { replace: true });
  };

  const list = useInfiniteQuery({
    queryKey: ['admin', 'audit', filters],
    queryFn: ({ pageParam }) =>
      api.get<AuditList>(`/api/admin/audit${query({ ...filters, limit: 50, cursor: pageParam ?? undefined })}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
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
        onDates={(dates) => setFilters(dates)}
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
          <Button
            variant="subtle"
            onClick={() => setFilters(Object.fromEntries(FILTERS.map((key) => [key, ''])) as Filters)}
          >
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
        <Table.ScrollContainer minWidth={960}>
          <Table
            striped
            verticalSpacing="xs"
            aria-label={t('audit.title')}
            aria-busy={list.isPlaceholderData}
            style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audit.col.at')}</Table.Th>
                <Table.Th>{t('audit.col.actor')}</Table.Th>
                <Table.Th>{t('audit.col.ip')}</Table.Th>
                <Table.Th>{t('audit.col.action')}</Table.Th>
                <Table.Th>{t('audit.col.entity')}</Table.Th>
                <Table.Th>{t('audit.col.detail')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((entry) => (
                <AuditRow
                  key={entry.id}
                  entry={entry}
                  labels={labels}
                  onEntity={(entityId) => setFilters({ entityId })}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ShowMore list={list} label={t('audit.loadMore')} />
    </Stack>
  );
}

function AuditRow({
  entry,
  labels,
  onEntity,
}: {
  entry: AuditEntry;
  labels: unknown;
  onEntity(entityId: string): void;
}) {
  const { t, i18n } = useTranslation();
  const label = actionLabel(labels, entry.action);
  const entityType = t(`audit.entity.${entry.entityType}`, { defaultValue: entry.entityType });
  const pairs = detailPairs(entry.detail);
  return (
    <Table.Tr data-testid="audit-row" data-action={entry.action}>
      <Table.Td style={nowrap}>
        <Text size="sm" component="time" dateTime={entry.at}>
          {auditTime(entry.at, i18n.language)}
        </Text>
      </Table.Td>
      <Table.Td data-testid="audit-actor">
        {entry.actor ? (
          <>
            <Text size="sm">{entry.actor.name}</Text>
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {entry.actor.email}
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed" fs="italic">
            {t('audit.system')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="xs" ff="monospace" style={nowrap}>
          {entry.actorIp ?? '—'}
        </Text>
      </Table.Td>
      <Table.Td data-testid="audit-action">
        <Text size="sm">{label ?? entry.action}</Text>
        {label && (
          <Text size="xs" c="dimmed" ff="monospace">
            {entry.action}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{entityType}</Text>
        <Anchor
          component="button"
          type="button"
          size="xs"
          ff="monospace"
          title={entry.entityId}
          aria-label={t('audit.filterEntity', { type: entityType, id: entry.entityId })}
          onClick={() => onEntity(entry.entityId)}
        >
          {shortId(entry.entityId)}
        </Anchor>
      </Table.Td>
      <Table.Td data-testid="audit-detail" maw={320}>
        {pairs.map(({ key, value, full }) => (
          <Text key={key} size="xs" title={value === full ? undefined : full} style={{ overflowWrap: 'anywhere' }}>
            <Text span size="xs" c="dimmed">
              {key}:
            </Text>{' '}
            {value}
          </Text>
        ))}
      </Table.Td>
    </Table.Tr>
  );
}

/** A text filter that writes to the address once the user pauses typing (or presses Enter, or leaves it). */
function FilterText({
  label,
  placeholder,
  value,
  onCommit,
}: {
  label: string;
  placeholder: string;
  value: string;
  onCommit(value: string): void;
}) {
  const [text, setText] = useState(value);
  // The value last written, so that the address catching up does not overwrite newer typing.
  const written = useRef(value);
  const commit = useDebouncedCallback((next: string) => {
    written.current = next;
    onCommit(next);
  }, 400);
  useEffect(() => {
    // Changed elsewhere (clear filters, an entity's ID clicked, back in history): show it.
    if (value !== written.current) {
      written.current = value;
      commit.cancel();
      setText(value);
    }
  }, [value, commit]);
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      value={text}
      w={190}
      onChange={(event) => {
        setText(event.currentTarget.value);
        commit(event.currentTarget.value.trim());
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit.flush();
      }}
      onBlur={() => commit.flush()}
    />
  );
}
