import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { OrganisationSection } from '../../../../contracts/organisations.js';
import { apiClient, call } from '../../shared/api/typed.js';

type Paging = { page: number; size: number };
const inSection = (id: string, query: Paging) => ({ params: { path: { id }, query } });

/** Each section of the organisation page is its own route; all answer a page of rows with their columns. */
const sections = {
  users: (id: string, q: Paging) => call(apiClient.GET('/api/staff/organisations/{id}/users', inSection(id, q))),
  products: (id: string, q: Paging) => call(apiClient.GET('/api/staff/organisations/{id}/products', inSection(id, q))),
  ledger: (id: string, q: Paging) => call(apiClient.GET('/api/staff/organisations/{id}/ledger', inSection(id, q))),
  memberships: (id: string, q: Paging) =>
    call(apiClient.GET('/api/staff/organisations/{id}/memberships', inSection(id, q))),
  invoices: (id: string, q: Paging) => call(apiClient.GET('/api/staff/organisations/{id}/invoices', inSection(id, q))),
  payments: (id: string, q: Paging) => call(apiClient.GET('/api/staff/organisations/{id}/payments', inSection(id, q))),
  tickets: (id: string, q: Paging) => call(apiClient.GET('/api/staff/organisations/{id}/tickets', inSection(id, q))),
  audit: (id: string, q: Paging) => call(apiClient.GET('/api/staff/organisations/{id}/audit', inSection(id, q))),
} satisfies Record<OrganisationSection, unknown>;

export type OrganisationSectionPage = Awaited<ReturnType<(typeof sections)['users']>>;

const fetchProfile = (id: string) => call(apiClient.GET('/api/staff/organisations/{id}', { params: { path: { id } } }));
export type OrganisationProfile = Awaited<ReturnType<typeof fetchProfile>>;

/** The organisation pages' query keys: everything under `organisationKeys.all`. */
export const organisationKeys = {
  all: ['staff', 'organisations'] as const,
  search: (q: string) => ['staff', 'organisations', 'search', q] as const,
  profile: (id: string) => ['staff', 'organisations', id] as const,
  section: (id: string, section: OrganisationSection, page: number, size: number) =>
    ['staff', 'organisations', id, section, page, size] as const,
};

/** The organisation page's reads: keys and fetchers in one place. */
export const organisationQueries = {
  search: (q: string) =>
    queryOptions({
      queryKey: organisationKeys.search(q),
      queryFn: () => call(apiClient.GET('/api/staff/organisations', { params: { query: { q } } })),
      enabled: q.trim().length >= 2,
    }),
  profile: (id: string) => queryOptions({ queryKey: organisationKeys.profile(id), queryFn: () => fetchProfile(id) }),
  section: (id: string, section: OrganisationSection, page: number, size: number) =>
    queryOptions({
      queryKey: organisationKeys.section(id, section, page, size),
      queryFn: (): Promise<OrganisationSectionPage> => sections[section](id, { page, size }),
      placeholderData: keepPreviousData,
    }),
};
