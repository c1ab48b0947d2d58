import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  OrganisationProfile,
  OrganisationSearchResult,
  OrganisationSection,
  OrganisationSectionPage,
} from '../../../../contracts/organisations.js';
import { api, query } from '../../shared/api/client.js';

/** The organisation page's reads: keys and fetchers in one place. */
export const organisationQueries = {
  search: (q: string) =>
    queryOptions({
      queryKey: ['staff', 'organisations', 'search', q],
      queryFn: () => api.get<OrganisationSearchResult>(`/api/staff/organisations${query({ q })}`),
      enabled: q.trim().length >= 2,
    }),
  profile: (id: string) =>
    queryOptions({
      queryKey: ['staff', 'organisations', id],
      queryFn: () => api.get<OrganisationProfile>(`/api/staff/organisations/${id}`),
    }),
  section: (id: string, section: OrganisationSection, page: number, size: number) =>
    queryOptions({
      queryKey: ['staff', 'organisations', id, section, page, size],
      queryFn: () =>
        api.get<OrganisationSectionPage>(`/api/staff/organisations/${id}/${section}${query({ page, size })}`),
      placeholderData: keepPreviousData,
    }),
};
