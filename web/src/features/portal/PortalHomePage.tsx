import { Anchor, Container, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../shared/api/client.js';
import { useMe } from '../../shared/api/session.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';

export function PortalHomePage() {
  const { t } = useTranslation();
  const user = useMe().data?.user;
  // The same query as My products: invited organisations get a link to the membership page.
  const invited = useQuery({
    queryKey: ['products'],
    queryFn: () => api.get<{ summary: { invited: boolean } }>('/api/products'),
  }).data?.summary.invited;
  useDocumentTitle(t('portal.home'));
  if (!user) return null;
  return (
    <Container size="lg" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1} data-testid="portal-greeting">
            {t('portal.greeting', { name: user.firstName })}
          </Title>
          <Text size="lg" c="dimmed">
            {user.organisationName
              ? t('portal.organisation', { organisation: user.organisationName })
              : t('portal.noOrganisation')}
          </Text>
        </div>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Paper withBorder p="lg" radius="md">
            <Title order={2} size="h4">
              {t('portal.accountTitle')}
            </Title>
            <Text mt="xs">{t('portal.accountText')}</Text>
            <Text size="sm" c="dimmed" mt="xs">
              {user.email} · {t(`role.${user.role}`)}
            </Text>
          </Paper>
          {user.role === 'superuser' && (
            <Paper withBorder p="lg" radius="md">
              <Title order={2} size="h4">
                {t('colleagues.title')}
              </Title>
              <Text mt="xs">{t('portal.colleaguesText')}</Text>
              <Anchor component={Link} to="/portal/colleagues" mt="xs" display="inline-block">
                {t('portal.colleaguesLink')}
              </Anchor>
            </Paper>
          )}
          {invited && (
            <Paper withBorder p="lg" radius="md" data-testid="membership-invitation">
              <Title order={2} size="h4">
                {t('membership.link.homeTitle')}
              </Title>
              <Text mt="xs">{t('membership.link.homeText')}</Text>
              <Anchor component={Link} to="/portal/membership" mt="xs" display="inline-block">
                {t('membership.link.home')}
              </Anchor>
            </Paper>
          )}
        </SimpleGrid>
      </Stack>
    </Container>
  );
}
