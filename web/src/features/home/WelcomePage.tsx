import { Button, Container, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { homePathFor, useMe } from '../../shared/api/session.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';

export function WelcomePage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t('welcome.title'));
  if (me.isPending) return <PageLoader />;
  if (me.data?.user) return <Navigate to={homePathFor(me.data.user)} replace />;
  return (
    <Container size="md" py={48}>
      <Stack gap="lg">
        <Title order={1}>{t('welcome.title')}</Title>
        <Text size="lg">{t('welcome.intro')}</Text>
        <List spacing="xs">
          <List.Item>{t('welcome.point1')}</List.Item>
          <List.Item>{t('welcome.point2')}</List.Item>
          <List.Item>{t('welcome.point3')}</List.Item>
        </List>
        <Group>
          <Button component={Link} to="/register" size="md">
            {t('welcome.register')}
          </Button>
          <Button component={Link} to="/login" size="md" variant="outline">
            {t('auth.login')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('welcome.statusHint')}
        </Text>
        <Text size="sm">
          <Link to="/faq">{t('faq.link')}</Link> · <Link to="/contact">{t('support.contact.link')}</Link>
        </Text>
      </Stack>
    </Container>
  );
}
