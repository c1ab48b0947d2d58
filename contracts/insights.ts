import { z } from 'zod';
import { FinanceInvoiceQuery, PaymentQuery } from './billing.js';

/**
 * The back office's dashboard: one endpoint per chart, each answering the figures of a period
 * (whole days in the programme's time zone). Without `from`/`to` a chart covers the last 90 days.
 */
export const INSIGHT_CHARTS = [
  'applications',
  'queue',
  'members',
  'revenue',
  'overdue',
  'migration',
  'points',
] as const;
export type InsightChart = (typeof INSIGHT_CHARTS)[number];

/** The longest period a chart covers (two years and a day: a leap year inside fits). */
export const MAX_PERIOD_DAYS = 732;

export const InsightsPeriod = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type InsightsPeriod = z.infer<typeof InsightsPeriod>;

const chart = <T extends z.ZodType>(row: T) => z.object({ from: z.iso.date(), to: z.iso.date(), rows: z.array(row) });

/** Per day: applications submitted, decided, and decided within the SLA (2 working days). */
export const ApplicationsChart = chart(
  z.object({ day: z.iso.date(), submitted: z.number(), decided: z.number(), decidedInTime: z.number() }),
);
export const QUEUE_AGES = ['under_1', '1_to_2', '2_to_5', 'over_5'] as const;
/** Open cases (submitted in the period) by days waiting, and how many of them are past their SLA. */
export const QueueChart = chart(z.object({ age: z.enum(QUEUE_AGES), open: z.number(), overdue: z.number() }));
/** Members per tier at each month's end (or the period's end). */
export const MembersChart = chart(z.object({ month: z.string(), tier: z.string(), members: z.number() }));
/** Net revenue (credit notes subtracted) per month of issue and payment method, in minor units. */
export const RevenueChart = chart(
  z.object({ month: z.string(), method: z.string(), currency: z.string(), netMinor: z.number() }),
);
export const OVERDUE_AGES = ['1_30', '31_60', '61_90', 'over_90'] as const;
/** Open invoices past their due date (due in the period), by days overdue: count and amount open. */
export const OverdueChart = chart(z.object({ age: z.enum(OVERDUE_AGES), invoices: z.number(), openMinor: z.number() }));
/** Per week: old-programme accounts with products migrated so far, and all old-programme accounts. */
export const MigrationChart = chart(z.object({ week: z.iso.date(), migrated: z.number(), total: z.number() }));
/** Per week (starting Monday): points awarded (positive ledger entries) and taken back. */
export const PointsChart = chart(z.object({ week: z.iso.date(), awarded: z.number(), revoked: z.number() }));

/** The CSV exports take the filters of the screens that list the same records. */
export const InvoiceExportQuery = FinanceInvoiceQuery;
export const PaymentExportQuery = PaymentQuery;
export const MEMBER_STATUSES = ['active', 'suspended', 'expired', 'cancelled'] as const;
export const MemberExportQuery = z.object({
  status: z.enum(MEMBER_STATUSES).optional(),
  tier: z.string().trim().min(1).max(40).optional(),
});
export const ProductExportQuery = z.object({
  status: z.enum(['active', 'removed', 'sold', 'transferred']).optional(),
  source: z.enum(['registered', 'migrated']).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
