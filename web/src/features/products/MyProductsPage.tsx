import { Alert, Anchor, Button, Container, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMe } from '../../shared/api/session.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { ShowMore } from '../../shared/components/ShowMore.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { localName } from '../../shared/i18n/format.js';
import { MEMBERSHIP_TIERS, type PointsSummaryBody } from './api.js';
import { MigrateButton, MigrationModal } from './MigrationPanel.js';
import { NoMigrationButton, NoMigrationHelp } from './NoMigration.js';
import { ProductList } from './ProductList.js';
import { productQueries } from './queries.js';

export function PointsSummaryPanel({ summary }: { summary: PointsSummaryBody }) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="points-title">
      <Title order={2} size="h4" id="points-title">
        {t('products.summary.title')}
      </Title>
      <Group align="baseline" gap="xs" mt="xs">
        <Text fz={36} fw={800} lh={1} data-testid="points-balance">
          {number(summary.balance)}
        </Text>
        <Text c="dimmed">{t('products.summary.pointsUnit', { count: summary.balance })}</Text>
      </Group>
      <Text mt="xs" data-testid="points-next-tier">
        {summary.nextTier
          ? t('products.summary.toNextTier', {
              count: summary.nextTier.pointsToGo,
              formatted: number(summary.nextTier.pointsToGo),
              tier: localName(summary.nextTier.names, i18n.language, {
                code: summary.nextTier.code,
                t,
                exists: (key) => i18n.exists(key),
              }),
            })
          : t('products.summary.allTiers')}
      </Text>
    </Paper>
  );
}

export function MyProductsPage() {
  const { t, i18n } = useTranslation();
  const user = useMe().data?.user;
  const products = useInfiniteQuery(productQueries.pages());
  const pages = products.data?.pages;
  // The summary and the count come with every page; the newest page has the latest figures.
  const latest = pages?.[pages.length - 1];
  const items = pages?.flatMap((page) => page.items) ?? [];
  const migration = useQuery(productQueries.migration());
  const [migrating, setMigrating] = useState(false);
  const registered = (useLocation().state as { registered?: number } | null)?.registered;
  useDocumentTitle(t('products.title'));
  const state = migration.data;

  return (
    <Container size="lg" py="xl">
      <Stack gap="lg">
        {/* The guide: the blue MIGRATE PRODUCTS button on the right, on the title's row. */}
        <div>
          <Group justify="space-between" align="center" wrap="wrap" gap="sm" data-testid="products-header">
            <Title order={1}>{t('products.title')}</Title>
            <Group gap="sm">
              <Button component={Link} to="/portal/products/register" variant="outline" color="dark">
                {t('products.registerButton')}
              </Button>
              {state?.available && <MigrateButton onClick={() => setMigrating(true)} />}
            </Group>
          </Group>
          <Text c="dimmed" maw={640} mt={4}>
            {t('products.intro')}
          </Text>
        </div>

        {registered ? (
          <Alert color="green" role="status" data-testid="registered-alert">
            {t('products.registered', { count: registered })}
          </Alert>
        ) : null}

        {latest?.summary.invited && (
          <Alert color="green" variant="filled" title={t('products.invited.title')} data-testid="invitation-banner">
            {t('products.invited.text', { count: latest.summary.invitationThreshold })}
            <Anchor component={Link} to={MEMBERSHIP_TIERS} c="white" fw={700} ml="xs" underline="always">
              {t('membership.link.invited')}
            </Anchor>
          </Alert>
        )}

        {state?.previousMembershipNumber && (
          <Text size="sm" data-testid="previous-membership-number">
            {t('migration.previousNumber', { number: state.previousMembershipNumber })}
          </Text>
        )}
        {state?.available && (
          <Alert color="blue" variant="light">
            {t('migration.availableHint', { count: state.preview.length, email: state.legacyEmail ?? '' })}
          </Alert>
        )}
        {state && state.reason === 'nothing_to_migrate' && state.migratedCount > 0 && (
          <Text size="sm" c="dimmed">
            {t('migration.alreadyMigrated', { count: state.migratedCount, email: state.legacyEmail ?? '' })}
          </Text>
        )}

        {products.isPending && <PageLoader />}
        {products.isError && <ErrorAlert error={products.error} />}
        {latest && (
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <PointsSummaryPanel summary={latest.summary} />
            <Paper withBorder p="lg" radius="md" className="pp-span-2-from-md">
              <Title order={2} size="h4">
                {t('products.howTitle')}
              </Title>
              <Text size="sm" mt="xs">
                {t('products.how')}
              </Text>
            </Paper>
          </SimpleGrid>
        )}

        {state && state.reason === 'no_legacy_email' && (
          <NoMigrationButton state={state} canLink={user?.role === 'superuser'} />
        )}
        {state && <NoMigrationHelp state={state} />}

        {latest && (
          <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="product-list-title">
            <Title order={2} size="h4" id="product-list-title" mb="sm">
              {t('products.listTitle', { count: latest.total })}
            </Title>
            {items.length === 0 ? <Text c="dimmed">{t('products.empty')}</Text> : <ProductList items={items} />}
            <ShowMore list={products} label={t('products.loadMore')}>
              <Text size="sm" c="dimmed" data-testid="products-shown">
                {t('products.shown', {
                  shown: new Intl.NumberFormat(i18n.language).format(items.length),
                  total: new Intl.NumberFormat(i18n.language).format(latest.total),
                })}
              </Text>
            </ShowMore>
          </Paper>
        )}
      </Stack>
      <MigrationModal preview={state?.preview ?? []} opened={migrating} onClose={() => setMigrating(false)} />
    </Container>
  );
}
