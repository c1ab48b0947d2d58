import { Alert, Anchor, Button, Container, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMe } from '../../shared/api/session.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { formatNumber, type MembershipPageBody, useMembershipPage } from './api.js';
import { CurrentMembership } from './CurrentMembership.js';
import { MembershipHistory } from './MembershipHistory.js';
import { membershipKeys, membershipRequests } from './queries.js';
import { TierCards } from './TierCards.js';

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
        {data?.membership && (
          <MembershipHistory tierNames={new Map(data.tiers.map((item) => [item.code, item.name]))} />
        )}
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
