import type { SqlExecutor } from './db/index.js';

type Result = { current: number; ttl: number };
type Callback = (error: Error | null, result?: Result) => void;
type RouteParams = { routeInfo?: { method?: string | string[]; url?: string } };

/**
 * One increment in one statement: a new row, a row whose window has ended restarted at 1, or a live
 * row counted up. Atomic under concurrency on both engines (the upsert locks the row), with the
 * database's clock, so instances with drifting clocks still share one window.
 */
const INCREMENT = `
  insert into rate_limit_counters (id, hits, window_ends_at)
  values ($1, 1, clock_timestamp() + $2::float8 * interval '1 millisecond')
  on conflict (id) do update set
    hits = case when rate_limit_counters.window_ends_at <= clock_timestamp() then 1 else rate_limit_counters.hits + 1 end,
    window_ends_at = case when rate_limit_counters.window_ends_at <= clock_timestamp()
      then excluded.window_ends_at else rate_limit_counters.window_ends_at end
  returning hits, greatest(0, extract(epoch from (window_ends_at - clock_timestamp())) * 1000)::float8 as ttl`;

const READ = `
  select hits, greatest(0, extract(epoch from (window_ends_at - clock_timestamp())) * 1000)::float8 as ttl
  from rate_limit_counters where id = $1 and window_ends_at > clock_timestamp()`;

/**
 * `@fastify/rate-limit` counters in the database (table `rate_limit_counters`), so a limit holds
 * across every instance behind a load balancer instead of per process. Each route's limit counts
 * on its own (method and path prefix the client key), as the in-memory store does.
 */
export function sharedRateLimitStore(sql: SqlExecutor) {
  const run = (text: string, values: unknown[], cb: Callback) => {
    sql.executeSql(text, values).then(
      ({ rows }) => {
        const row = rows[0] as { hits: number; ttl: number } | undefined;
        cb(null, row ? { current: Number(row.hits), ttl: Math.ceil(Number(row.ttl)) } : { current: 0, ttl: 0 });
      },
      (error: Error) => cb(error),
    );
  };
  return class SharedRateLimitStore {
    constructor(
      _params?: unknown,
      private readonly prefix = '',
    ) {}
    incr(key: string, cb: Callback, timeWindow: number) {
      run(INCREMENT, [this.prefix + key, timeWindow], cb);
    }
    read(key: string, cb: Callback) {
      run(READ, [this.prefix + key], cb);
    }
    child(routeOptions: object) {
      // The merged route options carry the route as `routeInfo` (the plugin's types omit it).
      const params = routeOptions as RouteParams;
      const method = [params.routeInfo?.method ?? ''].flat().join(',');
      return new SharedRateLimitStore(undefined, `${method} ${params.routeInfo?.url ?? ''}|`);
    }
  };
}

/** Deletes counters whose window ended (hourly job `rate-limits.purge`): a returning client starts anew anyway. */
export async function purgeRateLimitCounters(sql: SqlExecutor): Promise<number> {
  const { rows } = await sql.executeSql(
    'with gone as (delete from rate_limit_counters where window_ends_at <= clock_timestamp() returning 1) select count(*)::int as n from gone',
  );
  return (rows[0] as { n: number }).n;
}
