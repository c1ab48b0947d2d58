import { queryOptions } from '@tanstack/react-query';
import { apiClient, call } from '../../shared/api/typed.js';

type Range = { from: string; to: string };
/** A row of a chart as drawn and tabulated: figures and labels by column. */
export type ChartRow = Record<string, string | number>;

/**
 * One fetcher per dashboard chart: each route answers its own rows (days, weeks, ageing buckets, …),
 * which the cards draw and tabulate as plain records of figures.
 */
const charts = {
  applications: (query: Range) => call(apiClient.GET('/api/insights/applications', { params: { query } })),
  queue: (query: Range) => call(apiClient.GET('/api/insights/queue', { params: { query } })),
  members: (query: Range) => call(apiClient.GET('/api/insights/members', { params: { query } })),
  revenue: (query: Range) => call(apiClient.GET('/api/insights/revenue', { params: { query } })),
  overdue: (query: Range) => call(apiClient.GET('/api/insights/overdue', { params: { query } })),
  migration: (query: Range) => call(apiClient.GET('/api/insights/migration', { params: { query } })),
  points: (query: Range) => call(apiClient.GET('/api/insights/points', { params: { query } })),
} satisfies Record<string, (query: Range) => Promise<{ rows: ChartRow[] }>>;

export type InsightChart = keyof typeof charts;

/** The dashboard's query keys: every chart under `insightKeys.all`. */
export const insightKeys = {
  all: ['insights'] as const,
  chart: (chart: InsightChart, range: Range) => ['insights', chart, range] as const,
};

export const insightQueries = {
  /** One chart over one period; the previous period's figures stay while the next loads. */
  chart: (chart: InsightChart, range: Range) =>
    queryOptions({
      queryKey: insightKeys.chart(chart, range),
      queryFn: (): Promise<{ rows: ChartRow[] }> => charts[chart](range),
      placeholderData: (previous) => previous,
    }),
};
