import { Anchor, Container, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../shared/api/session.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { invoiceLine } from './homeFormat.js';
import { NextSteps } from './NextSteps.js';
import { homeQueries } from './queries.js';
import { MembershipCard, PointsCard, StatusCard } from './StatusCards.js';

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
