import {
  Anchor,
  Badge,
  Button,
  Container,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../shared/api/session.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import type { CustomerOverview, NextStep, OpenInvoice } from '../../shared/contracts.js';
import { localName } from '../../shared/i18n/format.js';
import { homeQueries } from './queries.js';

const MEMBERSHIP_COLORS = { active: 'green', suspended: 'orange', expired: 'gray', cancelled: 'gray' } as const;

/** Money in minor units in the UI language, e.g. 12100 EUR → "€ 121,00". */
function money(minor: number, currency: string, language: string) {
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return new Intl.NumberFormat(language, { style: 'currency', currency }).format(minor / 10 ** digits);
}

/** A calendar date (`YYYY-MM-DD`) for a sentence, e.g. "28 december 2026", not shifted by the time zone. */
function longDate(value: string | null, language: string) {
  if (!value) return '—';
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${value.slice(0, 10)}T00:00:00Z`),
  );
}

/**
 * The customer's home page: what to do next (one primary action, the most urgent step) and where
 * the organisation stands — points and the next tier, products, membership, invoices, questions.
 */
export function CustomerHomePage() {
  const { t, i18n } = useTranslation();
  // The UI's language + country (`nl-BE`): tier names by language, amounts and dates by country.
  const language = i18n.language;
  const user = useMe().data?.user;
  // The language is part of the key: tier names come translated from the server.
  const overview = useQuery(homeQueries.overview(language));
  useDocumentTitle(t('portal.home'));
  if (!user) return null;
  const number = (n: number) => new Intl.NumberFormat(language).format(n);
  const data = overview.data;

  return (
    <Container size="lg" py="xl">
      <Stack gap="xl">
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
        {overview.isPending && <PageLoader />}
        {overview.isError && <ErrorAlert error={overview.error} />}
        {data && (
          <>
            <NextSteps overview={data} language={language} number={number} />
            <section aria-labelledby="overview-status">
              <Title order={2} id="overview-status" size="h3" mb="sm">
                {t('overview.statusTitle')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
                <PointsCard overview={data} language={language} number={number} />
                <StatusCard title={t('nav.products')} testId="products-card">
                  <Text>
                    {data.products.total > 0
                      ? t('overview.products.total', { count: data.products.total })
                      : t('overview.products.none')}
                  </Text>
                  {data.products.total > 0 && (
                    <Text c={data.products.incomplete > 0 ? 'orange.8' : 'green.8'} fw={500}>
                      {data.products.incomplete > 0
                        ? t('overview.products.incomplete', { count: data.products.incomplete })
                        : t('overview.products.allComplete')}
                    </Text>
                  )}
                  <Anchor component={Link} to="/portal/products">
                    {t('overview.products.link')}
                  </Anchor>
                </StatusCard>
                <MembershipCard overview={data} language={language} number={number} />
                <StatusCard title={t('invoices.nav')} testId="invoices-card">
                  <Text>
                    {data.invoices.open.length > 0
                      ? t('overview.invoices.open', { count: data.invoices.open.length })
                      : t('overview.invoices.none')}
                  </Text>
                  {data.invoices.open.map((invoice) => (
                    <Text key={invoice.id} size="sm" c={invoice.paymentStatus === 'overdue' ? 'red.8' : undefined}>
                      {invoiceLine(invoice, language, t)}
                    </Text>
                  ))}
                  {data.invoices.awaiting > 0 && <Text size="sm">{t('overview.invoices.awaiting')}</Text>}
                  <Anchor component={Link} to="/portal/invoices">
                    {t('overview.invoices.link')}
                  </Anchor>
                </StatusCard>
                <StatusCard title={t('support.nav')} testId="support-card">
                  <Text>
                    {data.support.open > 0
                      ? t('overview.support.open', { count: data.support.open })
                      : t('overview.support.none')}
                  </Text>
                  {data.support.waitingForCustomer > 0 && (
                    <Text fw={500} c="orange.8">
                      {t('overview.support.waiting', { count: data.support.waitingForCustomer })}
                    </Text>
                  )}
                  <Anchor component={Link} to="/portal/support">
                    {t('overview.support.link')}
                  </Anchor>
                </StatusCard>
                {user.role === 'superuser' && (
                  <StatusCard title={t('colleagues.title')} testId="colleagues-card">
                    <Text>{t('portal.colleaguesText')}</Text>
                    <Anchor component={Link} to="/portal/colleagues">
                      {t('portal.colleaguesLink')}
                    </Anchor>
                  </StatusCard>
                )}
              </SimpleGrid>
            </section>
          </>
        )}
      </Stack>
    </Container>
  );
}

type T = ReturnType<typeof useTranslation>['t'];
type CardProps = { overview: CustomerOverview; language: string; number: (n: number) => string };

function invoiceLine(invoice: OpenInvoice, language: string, t: T) {
  const vars = { number: invoice.number ?? '', amount: money(invoice.openMinor, invoice.currency, language) };
  return invoice.paymentMethod === 'sepa_debit' && invoice.paymentStatus === 'pending'
    ? t('overview.invoices.directDebit', {
        ...vars,
        date: longDate(invoice.collectionDate ?? invoice.dueDate, language),
      })
    : t('overview.invoices.due', { ...vars, date: longDate(invoice.dueDate, language) });
}

/** The next step with its one primary action; the other steps follow as plain links. */
function NextSteps({ overview, language, number }: CardProps) {
  const { t } = useTranslation();
  const [first, ...rest] = overview.steps;
  return (
    <section aria-labelledby="overview-next">
      <Paper withBorder p="lg" radius="md" bg="blue.0" data-testid="next-step" data-step={first?.kind ?? 'done'}>
        <Stack gap="sm">
          <Title order={2} id="overview-next" size="h3">
            {t('overview.nextTitle')}
          </Title>
          {first ? (
            <StepBody step={first} overview={overview} language={language} number={number} primary />
          ) : (
            <>
              <Title order={3} size="h4">
                {t('overview.done.title')}
              </Title>
              <Text>{t('overview.done.text')}</Text>
              <Group>
                <Button component={Link} to="/portal/membership/card" data-testid="primary-action">
                  {t('overview.done.action')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </Paper>
      {rest.length > 0 && (
        <Stack gap="sm" mt="md" data-testid="more-steps">
          <Title order={2} size="h4">
            {t('overview.moreTitle')}
          </Title>
          {rest.map((step) => (
            <Paper key={step.kind} withBorder p="md" radius="md" data-step={step.kind}>
              <StepBody step={step} overview={overview} language={language} number={number} />
            </Paper>
          ))}
        </Stack>
      )}
    </section>
  );
}

function StepBody({
  step,
  overview,
  language,
  number,
  primary = false,
}: CardProps & { step: NextStep; primary?: boolean }) {
  const { t } = useTranslation();
  const { title, text, action, to, testId } = stepContent(step, overview, language, number, t);
  // The primary step is a button (one per page); the others are links of the same name.
  const heading = (
    <Title order={3} size={primary ? 'h4' : 'h5'}>
      {title}
    </Title>
  );
  const link = primary ? (
    <Group>
      <Button component={Link} to={to} size="md" data-testid="primary-action">
        {action}
      </Button>
    </Group>
  ) : (
    <Anchor component={Link} to={to}>
      {action}
    </Anchor>
  );
  return (
    <Stack gap={6} data-testid={testId}>
      {heading}
      <Text>{text}</Text>
      {link}
    </Stack>
  );
}

function stepContent(
  step: NextStep,
  overview: CustomerOverview,
  language: string,
  number: (n: number) => string,
  t: T,
): { title: string; text: string; action: string; to: string; testId?: string } {
  switch (step.kind) {
    case 'pay_invoice': {
      const invoice = step.invoice;
      const vars = {
        amount: money(invoice.openMinor, invoice.currency, language),
        date: longDate(invoice.dueDate, language),
      };
      const text =
        invoice.paymentStatus === 'overdue'
          ? t('overview.step.pay_invoice.overdue', vars)
          : invoice.paymentStatus === 'failed'
            ? t('overview.step.pay_invoice.failed', vars)
            : t('overview.step.pay_invoice.text', vars);
      return {
        title: t('overview.step.pay_invoice.title', { number: invoice.number ?? '' }),
        text,
        action: t('overview.step.pay_invoice.action'),
        to: '/portal/invoices',
      };
    }
    case 'migrate_products':
      return {
        title: t('overview.step.migrate_products.title'),
        text: t('overview.step.migrate_products.text', { count: step.count }),
        action: t('overview.step.migrate_products.action'),
        to: '/portal/products',
      };
    case 'register_products':
      return {
        title: t('overview.step.register_products.title'),
        text: t('overview.step.register_products.text', { threshold: number(overview.points.invitationThreshold) }),
        action: t('overview.step.register_products.action'),
        to: '/portal/products/register',
      };
    case 'complete_products':
      return {
        title: t('overview.step.complete_products.title', { count: step.count }),
        text: t('overview.step.complete_products.text'),
        action: t('overview.step.complete_products.action'),
        to: '/portal/products',
      };
    case 'join_cps':
      return {
        title: t('overview.step.join_cps.title'),
        text: t('overview.step.join_cps.text', { points: number(overview.points.balance) }),
        action: t('membership.link.home'),
        // Straight to the tiers, where the choice is made.
        to: '/portal/membership#tiers',
        testId: 'membership-invitation',
      };
  }
}

function StatusCard({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  const id = useId();
  return (
    <Paper component="section" aria-labelledby={id} withBorder p="lg" radius="md" data-testid={testId}>
      <Stack gap={6}>
        <Title order={3} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function PointsCard({ overview, language, number }: CardProps) {
  const { t, i18n } = useTranslation();
  const { balance, nextTier } = overview.points;
  const tier = nextTier
    ? localName(nextTier.names, language, { code: nextTier.code, t, exists: (key) => i18n.exists(key) })
    : undefined;
  return (
    <StatusCard title={t('overview.points.title')} testId="points-card">
      <Text size="xl" fw={700} data-testid="overview-points">
        {t('overview.points.balance', { count: balance, formatted: number(balance) })}
      </Text>
      {nextTier && tier ? (
        <>
          <Progress
            value={Math.min(100, (balance / nextTier.minPoints) * 100)}
            aria-label={t('overview.points.progress', { tier })}
          />
          <Text data-testid="next-tier">
            {t('overview.points.toGo', { count: nextTier.pointsToGo, formatted: number(nextTier.pointsToGo), tier })}
          </Text>
        </>
      ) : (
        <Text>{t('overview.points.top')}</Text>
      )}
    </StatusCard>
  );
}

function MembershipCard({ overview, language, number }: CardProps) {
  const { t } = useTranslation();
  const m = overview.membership;
  const current = m && (m.status === 'active' || m.status === 'suspended');
  const eligible = overview.steps.some((s) => s.kind === 'join_cps');
  return (
    <StatusCard title={t('membership.link.homeTitle')} testId="membership-card">
      {m && (
        <>
          <Group gap="xs">
            <Text fw={500} data-testid="overview-tier">
              {t('overview.membership.tier', { tier: m.tierName })}
            </Text>
            <Badge color={MEMBERSHIP_COLORS[m.status]} data-testid="overview-membership-status">
              {t(`membership.status.${m.status}`)}
            </Badge>
          </Group>
          <Text data-testid="overview-membership-number">
            {t('overview.membership.number', { number: m.membershipNumber })}
          </Text>
          <Text size="sm">{t('overview.membership.endsOn', { date: longDate(m.endsOn, language) })}</Text>
        </>
      )}
      {!current && (
        <Text>
          {eligible
            ? t('overview.membership.eligible')
            : t('overview.membership.none', { threshold: number(overview.points.invitationThreshold) })}
        </Text>
      )}
      <Stack gap={4} align="flex-start">
        <Anchor component={Link} to="/portal/membership">
          {t('overview.membership.link')}
        </Anchor>
        {current && (
          <Anchor component={Link} to="/portal/membership/card">
            {t('overview.membership.card')}
          </Anchor>
        )}
      </Stack>
    </StatusCard>
  );
}
