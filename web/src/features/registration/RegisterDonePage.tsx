import { Alert, Button, Code, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { useFormat } from '../../shared/i18n/format.js';
import { loadResult, type StoredResult } from './formSchema.js';

export function RegisterDonePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const location = useLocation();
  useDocumentTitle(t('registrationDone.title'));
  const result = (location.state as StoredResult | null) ?? loadResult();
  if (!result) return <Navigate to="/register" replace />;
  const statusLink = `/application/status?token=${encodeURIComponent(result.statusToken)}`;
  return (
    <Container size="sm" py="xl">
      <Stack gap="lg">
        <Title order={1}>{t('registrationDone.title')}</Title>
        <Alert color="green" variant="light" role="status" title={t('registrationDone.received')}>
          {t('registrationDone.emailSent', { email: result.email })}
        </Alert>
        <Paper withBorder p="lg" radius="md">
          <Stack gap="sm">
            <div>
              <Text size="sm" c="dimmed">
                {t('registrationDone.reference')}
              </Text>
              <Code fz="lg" data-testid="reference">
                {result.reference}
              </Code>
            </div>
            <div>
              <Text size="sm" c="dimmed">
                {t('registrationDone.expectedDate')}
              </Text>
              <Text fw={600} data-testid="expected-date">
                {format.date(result.expectedDecisionDate)}
              </Text>
            </div>
            <Text size="sm">{t('registrationDone.explain')}</Text>
          </Stack>
        </Paper>
        <Text>{t('registrationDone.doNotReset')}</Text>
        <Group>
          <Button component={Link} to={statusLink}>
            {t('registrationDone.followStatus')}
          </Button>
          <Button component={Link} to="/" variant="default">
            {t('notFound.home')}
          </Button>
        </Group>
      </Stack>
    </Container>
  );
}
