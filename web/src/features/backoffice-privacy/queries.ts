import type { ErasureInput } from '../../../../contracts/privacy.js';
import { apiClient, call } from '../../shared/api/typed.js';

/** The erasure page's one write (it reads nothing: each request stands alone). */
export const privacyRequests = {
  erase: (body: ErasureInput) => call(apiClient.POST('/api/admin/erasures', { body })),
};

export type ErasureResult = Awaited<ReturnType<typeof privacyRequests.erase>>;
