import { Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/i18n/format.js';
import type { CaseEventItem } from './queries.js';

export function History({ events }: { events: CaseEventItem[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (events.length === 0) return <Text c="dimmed">{t('cases.noHistory')}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} active={events.length - 1}>
      {events.map((event, index) => (
        <Timeline.Item
          // biome-ignore lint/suspicious/noArrayIndexKey: events are append-only and never reorder
          key={`${event.at}-${index}`}
          title={t(`events.${event.action}`, { defaultValue: event.action })}
        >
          <Text size="xs" c="dimmed">
            {format.dateTime(event.at)} · {event.actorName ?? t('cases.system')}
          </Text>
          {event.toStatus && event.fromStatus !== event.toStatus && (
            <Text size="sm">
              {event.fromStatus ? `${t(`applicationStatus.${event.fromStatus}`)} → ` : ''}
              {t(`applicationStatus.${event.toStatus}`)}
            </Text>
          )}
          <EventDetail detail={event.detail} />
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** Internal identifiers that mean nothing to a validator. */
const HIDDEN_DETAIL = new Set(['organisationId', 'applicationId', 'userId']);

function EventDetail({ detail }: { detail: Record<string, unknown> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const entries = Object.entries(detail).filter(
    ([key, value]) => !HIDDEN_DETAIL.has(key) && value !== null && value !== undefined && value !== '',
  );
  if (entries.length === 0) return null;
  const show = (key: string, value: unknown): string => {
    if (key === 'reason' && typeof value === 'string') return t(`rejectReason.${value}`, { defaultValue: value });
    if ((key === 'documents' || key === 'requestedDocuments') && Array.isArray(value)) {
      return value.map((kind) => t(`documentKind.${String(kind)}`, { defaultValue: String(kind) })).join(', ');
    }
    if (key === 'declaration' && value && typeof value === 'object') {
      const declaration = value as { name?: string; at?: string; ip?: string };
      return t('cases.declarationBy', {
        name: declaration.name ?? '',
        at: format.dateTime(declaration.at),
        ip: declaration.ip ?? '',
      });
    }
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
    return JSON.stringify(value);
  };
  return (
    <Stack gap={0} mt={2}>
      {entries.map(([key, value]) => (
        <Text size="sm" key={key} style={{ whiteSpace: 'pre-wrap' }}>
          <Text span c="dimmed">
            {t(`events.detail.${key}`, { defaultValue: key })}:
          </Text>{' '}
          {show(key, value)}
        </Text>
      ))}
    </Stack>
  );
}
