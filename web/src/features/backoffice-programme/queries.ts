import { queryOptions } from '@tanstack/react-query';
import { apiClient, call } from '../../shared/api/typed.js';

/** The programme settings' query keys and fetchers. */
export const programmeKeys = {
  settings: ['admin', 'programme'] as const,
  /**
   * The products feature's root key (features do not import one another): serial patterns and
   * points decide what My products shows, so a save refreshes it.
   */
  customerProducts: ['products'] as const,
};

const fetchSettings = () => call(apiClient.GET('/api/admin/programme'));
export type ProgrammeSettings = Awaited<ReturnType<typeof fetchSettings>>;

export const programmeQueries = {
  settings: () => queryOptions({ queryKey: programmeKeys.settings, queryFn: fetchSettings }),
};

/** The settings' one write: the whole settings object; callers update `programmeKeys.settings`. */
export const programmeRequests = {
  save: (body: ProgrammeSettings) => call(apiClient.PUT('/api/admin/programme', { body })),
};
