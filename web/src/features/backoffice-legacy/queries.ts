import { queryOptions } from '@tanstack/react-query';
import type { MethodResponse } from 'openapi-fetch';
import { uploadMultipart } from '../../shared/api/client.js';
import { apiClient, call } from '../../shared/api/typed.js';

export type LegacyImportItem = MethodResponse<typeof apiClient, 'get', '/api/admin/legacy-imports'>['items'][number];
export type LegacyImportKind = LegacyImportItem['kind'];

const busy = (item: LegacyImportItem) => item.status === 'queued' || item.status === 'running';

/** The old programme's imports: one key for the list, which every write invalidates. */
export const legacyKeys = {
  imports: ['admin', 'legacy-imports'] as const,
};

export const legacyQueries = {
  imports: () =>
    queryOptions({
      queryKey: legacyKeys.imports,
      queryFn: () => call(apiClient.GET('/api/admin/legacy-imports')),
      // Live progress while an import is queued or running.
      refetchInterval: (q) => (q.state.data?.items.some(busy) ? 1000 : false),
    }),
};

export const legacyRequests = {
  resume: (id: string) => call(apiClient.POST('/api/admin/legacy-imports/{id}/resume', { params: { path: { id } } })),
  /** Multipart with upload progress (XMLHttpRequest: fetch cannot report it); `onProgress` gets 0…1. */
  upload: (kind: LegacyImportKind, file: File, onProgress: (fraction: number) => void) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return uploadMultipart<LegacyImportItem>(`/api/admin/legacy-imports?kind=${kind}`, form, onProgress);
  },
};
