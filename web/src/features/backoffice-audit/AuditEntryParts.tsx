import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { actionLabel, auditTime, detailPairs, shortId } from './auditFormat.js';
import type { AuditEntry } from './queries.js';

export const nowrap = { whiteSpace: 'nowrap' } as const;

/** The parts of one audit entry, shared by the table row (wide screens) and the card (phones). */
export function EntryTime({ entry }: { entry: AuditEntry }) {
  const { i18n } = useTranslation();
  return (
    <Text size="sm" component="time" dateTime={entry.at}>
      {auditTime(entry.at, i18n.language)}
    </Text>
  );
}

export function EntryActor({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  if (!entry.actor)
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {t('audit.system')}
      </Text>
    );
  return (
    <>
      <Text size="sm">{entry.actor.name}</Text>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {entry.actor.email}
      </Text>
    </>
  );
}

export function EntryAction({ entry, labels }: { entry: AuditEntry; labels: unknown }) {
  const label = actionLabel(labels, entry.action);
  return (
    <>
      <Text size="sm">{label ?? entry.action}</Text>
      {label && (
        <Text size="xs" c="dimmed" ff="monospace">
          {entry.action}
        </Text>
      )}
    </>
  );
}

/** The entity's type and shortened ID; the ID filters the log on that entity. */
export function EntryEntity({ entry, onEntity }: { entry: AuditEntry; onEntity(entityId: string): void }) {
  const { t } = useTranslation();
  const entityType = t(`audit.entity.${entry.entityType}`, { defaultValue: entry.entityType });
  return (
    <>
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
    </>
  );
}

export function EntryDetail({ entry }: { entry: AuditEntry }) {
  return detailPairs(entry.detail).map(({ key, value, full }) => (
    <Text key={key} size="xs" title={value === full ? undefined : full} style={{ overflowWrap: 'anywhere' }}>
      <Text span size="xs" c="dimmed">
        {key}:
      </Text>{' '}
      {value}
    </Text>
  ));
}
