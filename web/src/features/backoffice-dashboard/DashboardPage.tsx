import '@mantine/charts/styles.css';
import { Anchor, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { DashboardCharts } from './Charts.js';

/** The back office's home for finance and admins: the programme's figures, and the full exports. */
export function DashboardPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('dashboard.title'));
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('dashboard.title')}</Title>
        <Text c="dimmed">{t('dashboard.intro')}</Text>
      </div>
      <Group gap="md" aria-label={t('dashboard.exports')} role="group">
        {(['members', 'products', 'invoices', 'payments'] as const).map((kind) => (
          <Anchor key={kind} href={`/api/exports/${kind}.csv`} download={`${kind}.csv`}>
            {t(`dashboard.export.${kind}`)}
          </Anchor>
        ))}
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <DashboardCharts />
      </SimpleGrid>
    </Stack>
  );
}
