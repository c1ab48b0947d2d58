import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useMe } from '../../shared/api/session.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { type NavItem, visibleItems } from '../../shared/layout/navigation.js';

/** Staff land on their first menu entry; staff without one see what the back office holds for them. */
export function BackOfficeHomePage({ items }: { items: readonly NavItem[] }) {
  const { t } = useTranslation();
  const user = useMe().data?.user;
  useDocumentTitle(t('backOffice.title'));
  const nav = visibleItems(items, user);
  if (nav.length > 0) return <Navigate to={nav[0]!.to} replace />;
  return (
    <Stack>
      <Title order={1}>{t('backOffice.welcome', { name: user?.firstName ?? '' })}</Title>
      <Text>{t('backOffice.noMenu')}</Text>
      <List>
        <List.Item>
          <Anchor component={Link} to="/">
            ProPass
          </Anchor>
        </List.Item>
      </List>
    </Stack>
  );
}
