import { Alert, Anchor, Button, Container, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMe } from '../../shared/api/session.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { useFormat } from '../../shared/i18n/format.js';
import {
  checkoutPath,
  formatDay,
  formatNumber,
  type MembershipBody,
  type MembershipPageBody,
  useMembershipHistory,
  useMembershipPage,
} from './api.js';
import { membershipKeys, membershipRequests } from './queries.js';
import { StatusBadge } from './StatusBadge.js';
import { TierCards } from './TierCards.js';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fw={600} data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}

function CurrentMembership({
  membership,
  canBuy,
  onCancel,
}: {
  membership: MembershipBody;
  canBuy: boolean;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const holding = membership.status === 'active' || membership.status === 'suspended';
  const canRenew = membership.status !== 'cancelled';
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="section"
      aria-labelledby="current-title"
      data-testid="current-membership"
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h3" id="current-title">
            {t('membership.current.title')}
          </Title>
          <StatusBadge status={membership.status} />
        </Group>
        {membership.status === 'suspended' && (
          <Alert color="red" variant="filled" role="alert" data-testid="suspended-banner">
            {t('membership.current.suspended')}
          </Alert>
        )}
        {membership.status === 'expired' && (
          <Alert color="orange" variant="light">
            {t('membership.current.expired')}
          </Alert>
        )}
        {membership.status === 'cancelled' && (
          <Alert color="gray" variant="light">
            {t('membership.current.cancelled')}
          </Alert>
        )}
        {membership.unpaidDueOn && membership.status === 'active' && (
          <Alert color="yellow" variant="light" data-testid="unpaid-info">
            {t('membership.current.unpaid', { date: formatDay(membership.unpaidDueOn, i18n.language) })}
          </Alert>
        )}
        <Group gap="xl" align="flex-start">
          <Fact label={t('membership.current.tier')} testId="current-tier">
            {membership.tierName}
          </Fact>
          <Fact label={t('membership.current.number')} testId="current-number">
            {membership.membershipNumber}
          </Fact>
          {membership.previousMembershipNumber && (
            <Fact label={t('membership.current.previousNumber')} testId="current-previous-number">
              {membership.previousMembershipNumber}
            </Fact>
          )}
          <Fact label={t('membership.current.validity')} testId="current-validity">
            {t('membership.current.validityValue', {
              from: formatDay(membership.startsOn, i18n.language),
              to: formatDay(membership.endsOn, i18n.language),
            })}
          </Fact>
        </Group>
        {membership.previousMembershipNumber && holding && (
          <Text size="sm" data-testid="number-changed">
            {t('membership.current.numberChanged', { number: membership.previousMembershipNumber })}
          </Text>
        )}
        <Group gap="sm">
          <Button component={Link} to="/portal/membership/card" variant="outline">
            {t('membership.actions.card')}
          </Button>
          {canBuy && canRenew && (
            <Button component={Link} to={checkoutPath(membership.tierCode, 'renewal')}>
              {t('membership.actions.renew')}
            </Button>
          )}
          {canBuy && holding && (
            <Button variant="subtle" color="red" onClick={onCancel}>
              {t('membership.actions.cancel')}
            </Button>
          )}
        </Group>
        {canBuy && canRenew && (
          <Text size="sm" c="dimmed">
            {t('membership.actions.renewHint', { date: formatDay(membership.endsOn, i18n.language) })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function History({ tierNames }: { tierNames: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const history = useMembershipHistory(true);
  const tier = (code: string | null) => (code ? (tierNames.get(code) ?? code) : '—');
  const status = (value: string | null) => (value ? t(`membership.status.${value}`, { defaultValue: value }) : '—');
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="history-title">
      <Title order={2} size="h4" id="history-title" mb="sm">
        {t('membership.history.title')}
      </Title>
      {history.isError && <ErrorAlert error={history.error} />}
      {history.data && history.data.items.length === 0 && <Text c="dimmed">{t('membership.history.empty')}</Text>}
      {history.data && history.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('membership.history.at')}</Table.Th>
                <Table.Th>{t('membership.history.status')}</Table.Th>
                <Table.Th>{t('membership.history.level')}</Table.Th>
                <Table.Th>{t('membership.history.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.data.items.map((entry) => (
                <Table.Tr key={`${entry.at}-${entry.reason}`} data-testid="history-row">
                  <Table.Td>{format.dateTime(entry.at)}</Table.Td>
                  <Table.Td>
                    {entry.fromStatus ? `${status(entry.fromStatus)} → ` : ''}
                    {status(entry.toStatus)}
                  </Table.Td>
                  <Table.Td>
                    {entry.fromTier && entry.fromTier !== entry.toTier ? `${tier(entry.fromTier)} → ` : ''}
                    {tier(entry.toTier)}
                  </Table.Td>
                  <Table.Td>{t(`membership.history.reasons.${entry.reason}`, { defaultValue: entry.reason })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function Levels({ data, canBuy }: { data: MembershipPageBody; canBuy: boolean }) {
  const { t, i18n } = useTranslation();
  const holding = data.membership && (data.membership.status === 'active' || data.membership.status === 'suspended');
  // Every tier is shown at any balance (0 included), with what is still missing; a tier opens for
  // purchase once the organisation has its points.
  // An invitation (e-mail, banner, overview) links to `#tiers`: the section is rendered after the
  // data arrives, too late for the browser's own jump to the fragment.
  const { hash } = useLocation();
  useEffect(() => {
    if (hash === '#tiers') document.getElementById('tiers')?.scrollIntoView({ block: 'start' });
  }, [hash]);
  return (
    <section aria-labelledby="levels-title" id="tiers">
      <Stack gap="md">
        {data.pointsMissing > 0 && !holding && (
          <Alert color="blue" variant="light" title={t('membership.notInvited.title')} data-testid="points-missing">
            <Text>
              {t('membership.notInvited.text', {
                count: data.pointsMissing,
                formatted: formatNumber(data.pointsMissing, i18n.language),
                threshold: formatNumber(data.invitationThreshold, i18n.language),
              })}
            </Text>
            <Anchor component={Link} to="/portal/products" mt="xs" display="inline-block">
              {t('membership.notInvited.link')}
            </Anchor>
          </Alert>
        )}
        <div>
          <Title order={2} size="h3" id="levels-title">
            {t('membership.levels.title')}
          </Title>
          <Text data-testid="more-levels">{t('membership.moreLevels')}</Text>
        </div>
        <TierCards
          tiers={data.tiers}
          membership={data.membership}
          categorySwitch={data.categorySwitch}
          canBuy={canBuy}
        />
      </Stack>
    </section>
  );
}

export function MembershipPage() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const user = useMe().data?.user;
  const page = useMembershipPage();
  const [confirming, setConfirming] = useState(false);
  useDocumentTitle(t('membership.title'));
  const canBuy = user?.role === 'superuser';
  const data = page.data;

  const cancel = useMutation({
    mutationFn: membershipRequests.cancel,
    onSuccess: async () => {
      setConfirming(false);
      await Promise.all([
        client.invalidateQueries({ queryKey: membershipKeys.all }),
        client.invalidateQueries({ queryKey: membershipKeys.history }),
      ]);
    },
  });

  return (
    <Container size="lg" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('membership.title')}</Title>
          <Text c="dimmed" maw={720}>
            {t('membership.intro', { formatted: formatNumber(data?.invitationThreshold ?? 500, i18n.language) })}
          </Text>
          {data && (
            <Text mt="xs" fw={600} data-testid="membership-balance">
              {t('membership.balance', { count: data.balance, formatted: formatNumber(data.balance, i18n.language) })}
            </Text>
          )}
        </div>
        {page.isPending && <PageLoader />}
        {page.isError && <ErrorAlert error={page.error} />}
        {cancel.isSuccess && (
          <Alert color="green" role="status">
            {t('membership.cancel.done')}
          </Alert>
        )}
        {data && !canBuy && (
          <Text size="sm" c="dimmed" data-testid="read-only">
            {t('membership.readOnly')}
          </Text>
        )}
        {data?.membership && (
          <CurrentMembership membership={data.membership} canBuy={canBuy} onCancel={() => setConfirming(true)} />
        )}
        {data && !data.membership && data.previousMembershipNumber && (
          <Text size="sm" data-testid="previous-number-hint">
            {t('membership.current.previousFromOldProgramme', { number: data.previousMembershipNumber })}
          </Text>
        )}
        {data && <Levels data={data} canBuy={canBuy} />}
        {data?.membership && <History tierNames={new Map(data.tiers.map((item) => [item.code, item.name]))} />}
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('membership.cancel.title')} centered>
        <Stack>
          <Text>{t('membership.cancel.text')}</Text>
          <ErrorAlert error={cancel.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('membership.cancel.keep')}
            </Button>
            <Button color="red" loading={cancel.isPending} onClick={() => cancel.mutate()}>
              {t('membership.cancel.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Container>
  );
}
