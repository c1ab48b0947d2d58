import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerOverview, NextStep } from '../../shared/contracts.js';
import { type CardProps, longDate, money, type T } from './homeFormat.js';

/** The next step with its one primary action; the other steps follow as plain links. */
export function NextSteps({ overview, language, number }: CardProps) {
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
