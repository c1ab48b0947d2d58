import { Alert, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { type Tier, tierQueries } from './queries.js';
import { TierEditor } from './TierEditor.js';
import { TierHistory } from './TierHistory.js';
import { TierTable } from './TierTable.js';
import { groupTiers } from './tierForm.js';

/** The membership tiers: the current version of each, its older versions, and an editor for a new version. */
export function TiersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('tiersAdmin.title'));
  const [editing, setEditing] = useState<{ tier: Tier | null } | null>(null);
  const [saved, setSaved] = useState(false);
  const list = useQuery(tierQueries.list());
  const groups = useMemo(() => groupTiers(list.data?.items ?? []), [list.data]);
  const nextRank = groups.reduce((max, group) => Math.max(max, group.current.rank), 0) + 1;
  const edit = (tier: Tier | null) => {
    setSaved(false);
    setEditing({ tier });
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('tiersAdmin.title')}</Title>
          <Text c="dimmed">{t('tiersAdmin.intro')}</Text>
          <Text c="dimmed" size="sm">
            {t('tiersAdmin.priceNote')}
          </Text>
        </div>
        <Button onClick={() => edit(null)}>{t('tiersAdmin.new')}</Button>
      </Group>
      {saved && (
        <Alert color="green" role="status" withCloseButton onClose={() => setSaved(false)}>
          {t('tiersAdmin.saved')}
        </Alert>
      )}
      {list.isPending && <PageLoader />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && groups.length === 0 && <Text c="dimmed">{t('tiersAdmin.empty')}</Text>}
      {groups.length > 0 && <TierTable tiers={groups.map((group) => group.current)} onEdit={edit} />}
      <TierHistory groups={groups} />
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="xl"
        title={editing?.tier ? t('tiersAdmin.editTitle', { code: editing.tier.code }) : t('tiersAdmin.newTitle')}
      >
        {editing && (
          <TierEditor
            key={editing.tier?.id ?? 'new'}
            tier={editing.tier}
            nextRank={nextRank}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setSaved(true);
              setEditing(null);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
