import { Alert, Anchor, Box, Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../shared/api/client.js';
import { useMe } from '../../shared/api/session.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { formatDay, useMembershipCard } from './api.js';
import { StatusBadge } from './StatusBadge.js';

function CardLine({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div>
      <Text size="xs" tt="uppercase" fw={700} style={{ opacity: 0.7, letterSpacing: '0.08em' }}>
        {label}
      </Text>
      <Text fw={700} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}

/** The digital membership card: number, level, organisation and validity, with the PDF. */
export function MembershipCardPage() {
  const { t, i18n } = useTranslation();
  const user = useMe().data?.user;
  const card = useMembershipCard();
  useDocumentTitle(t('membership.card.title'));
  const membership = card.data;
  const none = card.error instanceof ApiError && card.error.status === 404;

  return (
    <Container size="sm" py="xl">
      <Stack gap="lg">
        <div>
          <Anchor component={Link} to="/portal/membership">
            {t('membership.card.back')}
          </Anchor>
          <Title order={1} mt="xs">
            {t('membership.card.title')}
          </Title>
        </div>
        {card.isPending && <PageLoader />}
        {none && <Alert color="gray">{t('membership.card.none')}</Alert>}
        {card.isError && !none && <ErrorAlert error={card.error} />}
        {membership && (
          <>
            <Box
              component="section"
              aria-label={t('membership.card.title')}
              data-testid="membership-card"
              p="xl"
              style={{
                borderRadius: 18,
                color: '#fff',
                background: 'linear-gradient(135deg, #111 0%, #2b2b2b 55%, #7a0000 100%)',
                boxShadow: '0 12px 30px rgba(0, 0, 0, 0.25)',
                aspectRatio: '1.586',
                display: 'flex',
                flexDirection: 'column',
                justifyContent: 'space-between',
                maxWidth: 520,
              }}
            >
              <Group justify="space-between" align="flex-start">
                <div>
                  <Text fw={800} fz="xl" style={{ letterSpacing: '0.06em' }}>
                    {t('membership.card.brand')}
                  </Text>
                  <Text fw={600} data-testid="card-tier">
                    {membership.tierName}
                  </Text>
                </div>
                <StatusBadge status={membership.status} />
              </Group>
              <Text fz={28} fw={800} ff="monospace" data-testid="card-number" aria-label={t('membership.card.number')}>
                {membership.membershipNumber}
              </Text>
              <Group justify="space-between" align="flex-end" gap="md">
                <CardLine
                  label={t('membership.card.organisation')}
                  value={user?.organisationName ?? ''}
                  testId="card-organisation"
                />
                <CardLine
                  label={t('membership.card.validity')}
                  value={t('membership.current.validityValue', {
                    from: formatDay(membership.startsOn, i18n.language),
                    to: formatDay(membership.endsOn, i18n.language),
                  })}
                  testId="card-validity"
                />
              </Group>
            </Box>
            {membership.previousMembershipNumber && (
              <Text size="sm" data-testid="card-previous-number">
                {t('membership.card.previousNumber')}: {membership.previousMembershipNumber}
              </Text>
            )}
            <Group>
              <Button component="a" href="/api/membership/card.pdf" target="_blank" rel="noopener" variant="outline">
                {t('membership.card.pdf')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Container>
  );
}
