import { Anchor, Badge, Box, Container, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isStaff, TWO_STEP_PATH, useMe } from '../../shared/api/session.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { PASSWORD_MIN_LENGTH, type SessionUser } from '../../shared/contracts.js';
import { ChangePasswordForm } from './ChangePasswordForm.js';
import { EInvoicingSection } from './EInvoicingSection.js';
import { ExportSection } from './ExportSection.js';

const TWO_STEP_COLORS = { on: 'green', off: 'gray', setup_required: 'orange' } as const;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="35%" fw={500} c="dimmed">
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

function TwoStepSection({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const state = user.twoStep;
  return (
    <Section id="account-two-step-title" title={t('account.twoStep.title')}>
      <Stack gap="xs">
        <Group gap="xs">
          <Badge color={TWO_STEP_COLORS[state]} variant="light" data-testid="account-two-step-state">
            {t(`account.twoStep.state.${state}`)}
          </Badge>
        </Group>
        <Text size="sm">{t(`account.twoStep.text.${state}`)}</Text>
        <Anchor component={Link} to={TWO_STEP_PATH} size="sm">
          {state === 'on' ? t('account.twoStep.manage') : t('account.twoStep.setUp')}
        </Anchor>
      </Stack>
    </Section>
  );
}

/**
 * My account, in the portal and in the back office: the user's details, two-step verification
 * (staff) and a new password.
 */
export function AccountPage() {
  const { t } = useTranslation();
  const user = useMe().data?.user;
  useDocumentTitle(t('account.title'));
  if (!user) return <PageLoader />;

  const staff = isStaff(user);
  const name = `${user.firstName} ${user.lastName}`.trim();
  const content = (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('account.title')}</Title>
        <Text c="dimmed">{t('account.intro')}</Text>
      </div>

      <Section id="account-details-title" title={t('account.details.title')}>
        <Table verticalSpacing={6} data-testid="account-details">
          <Table.Tbody>
            <Detail label={t('account.details.name')}>{name || '—'}</Detail>
            <Detail label={t('account.details.email')}>{user.email}</Detail>
            <Detail label={t('account.details.role')}>{t(`role.${user.role}`)}</Detail>
            {!staff && <Detail label={t('account.details.organisation')}>{user.organisationName ?? '—'}</Detail>}
          </Table.Tbody>
        </Table>
      </Section>

      {staff && <TwoStepSection user={user} />}

      {!staff && (
        <Section id="account-e-invoicing-title" title={t('account.eInvoicing.title')}>
          <EInvoicingSection canEdit={user.role === 'superuser'} />
        </Section>
      )}

      {user.role === 'superuser' && (
        <Section id="account-export-title" title={t('account.export.title')}>
          <ExportSection />
        </Section>
      )}

      <Section id="account-password-title" title={t('account.password.title')}>
        <Text size="sm" c="dimmed" mb="md">
          {t('account.password.intro', { count: PASSWORD_MIN_LENGTH })}
        </Text>
        <ChangePasswordForm
          email={user.email}
          words={[user.email, user.firstName, user.lastName, user.organisationName ?? '']}
        />
      </Section>
    </Stack>
  );

  // The portal centres its pages; the back office places them beside its side menu.
  return staff ? (
    <Box maw={720}>{content}</Box>
  ) : (
    <Container size="sm" py="xl">
      {content}
    </Container>
  );
}
