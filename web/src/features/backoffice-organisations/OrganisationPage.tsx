import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ORGANISATION_SECTIONS } from '../../../../contracts/organisations.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { useFormat } from '../../shared/i18n/format.js';
import { type OrganisationProfile, organisationQueries } from './queries.js';
import { SectionTable } from './SectionTable.js';

function Fact({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {value || '—'}
      </Text>
    </div>
  );
}

/** The organisation, its application with documents and decision, and its old-programme link. */
function Head({ org }: { org: OrganisationProfile }) {
  const { t } = useTranslation();
  const format = useFormat();
  const app = org.application;
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }}>
      <Paper withBorder p="md" radius="md" component="section" aria-label={t('organisations.company')}>
        <Stack gap="xs">
          <Fact label={t('organisations.legalName')} value={org.legalName} />
          <Fact label={t('organisations.vatNumber')} value={org.vatNumber} />
          <Fact label={t('organisations.registerNumber')} value={org.tradeRegisterNumber} />
          <Fact
            label={t('organisations.address')}
            value={`${org.address.street} ${org.address.houseNumber}, ${org.address.postcode} ${org.address.city}, ${format.country(org.country)}`}
          />
          <Fact label={t('organisations.phone')} value={org.phone} />
          <Fact label={t('organisations.electronicAddress')} value={org.electronicAddress} />
          <Fact label={t('organisations.points')} value={format.number(org.pointsBalance)} />
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-label={t('organisations.application')}>
        <Stack gap="xs">
          <Text fw={600}>{t('organisations.application')}</Text>
          {!app && <Text c="dimmed">{t('organisations.noApplication')}</Text>}
          {app && (
            <>
              <Group gap="xs">
                <Anchor component={Link} to={`/back-office/cases/${app.id}`}>
                  {app.reference}
                </Anchor>
                <Badge variant="light">{t(`applicationStatus.${app.status}`, { defaultValue: app.status })}</Badge>
              </Group>
              <Fact label={t('organisations.submittedAt')} value={format.dateTime(app.submittedAt)} />
              <Fact label={t('organisations.decidedAt')} value={format.dateTime(app.decidedAt)} />
              <Fact label={t('organisations.decisionMessage')} value={app.decisionMessage} />
              <Text size="xs" c="dimmed">
                {t('organisations.documents')}
              </Text>
              {app.documents.map((d) => (
                <Text key={d.id} size="sm" td={d.deletedAt ? 'line-through' : undefined}>
                  {d.originalName} · {format.bytes(d.size)}
                  {d.deletedAt && ` · ${t('organisations.documentDeleted', { date: format.date(d.deletedAt) })}`}
                </Text>
              ))}
            </>
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-label={t('organisations.legacy')}>
        <Stack gap="xs">
          <Text fw={600}>{t('organisations.legacy')}</Text>
          {!org.legacy && <Text c="dimmed">{t('organisations.noLegacy')}</Text>}
          {org.legacy && (
            <>
              <Fact label={t('organisations.legacyEmail')} value={org.legacy.email} />
              <Fact label={t('organisations.legacyNumber')} value={org.legacy.membershipNumber} />
              <Fact label={t('organisations.legacyTier')} value={org.legacy.tier} />
              <Fact
                label={t('organisations.migrated')}
                value={t('organisations.migratedOf', { migrated: org.legacy.migrated, total: org.legacy.products })}
              />
            </>
          )}
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}

/** One customer whole for staff: the head, then each section a page at a time. */
export function OrganisationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const profile = useQuery(organisationQueries.profile(id));
  useDocumentTitle(profile.data?.legalName ?? t('organisations.title'));
  if (profile.isPending) return <PageLoader />;
  if (profile.isError) return <ErrorAlert error={profile.error} />;
  const org = profile.data;
  const sections = ORGANISATION_SECTIONS.filter((s) => s !== 'audit' || org.auditVisible);
  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to="/back-office/organisations" size="sm">
          {t('organisations.back')}
        </Anchor>
        <Title order={1}>{org.tradingName ?? org.legalName}</Title>
      </div>
      <Head org={org} />
      {sections.map((section) => (
        <SectionTable key={section} id={org.id} section={section} count={org.counts[section] ?? 0} />
      ))}
    </Stack>
  );
}
