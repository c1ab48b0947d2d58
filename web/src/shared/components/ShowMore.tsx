import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert.js';

/** What "Show more" needs of a keyset-paged list (a TanStack `useInfiniteQuery` result). */
export type PagedList = {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  error: unknown;
  fetchNextPage(): Promise<unknown>;
};

/**
 * The "Show more" button under a keyset-paged list: loads the next page, shown only while there
 * is one; `children` (e.g. "50 of 120 shown") sit beside it. A failed next page shows its error.
 */
export function ShowMore({ list, label, children }: { list: PagedList; label: string; children?: ReactNode }) {
  return (
    <>
      {list.hasNextPage && (
        <Group justify={children ? 'space-between' : 'center'} mt="md">
          {children}
          <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {label}
          </Button>
        </Group>
      )}
      {list.isFetchNextPageError && <ErrorAlert error={list.error} />}
    </>
  );
}
