import { AreaChart, BarChart, LineChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { ChartCard } from './ChartCard.js';
import { pivot } from './period.js';
import type { ChartRow, InsightChart } from './queries.js';

const COLORS = ['blue.6', 'teal.6', 'orange.6', 'grape.6', 'red.6', 'cyan.6', 'lime.7'];
const H = 220;

/** The seven charts of the dashboard, each over its own period. */
export function DashboardCharts() {
  const { t, i18n } = useTranslation();
  const money = (minor: string | number) =>
    new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'EUR' }).format(Number(minor) / 100);
  const percent = (part: number, whole: number) =>
    whole === 0 ? '–' : new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(part / whole);
  const label = (key: string) => t(`dashboard.series.${key}`);
  const series = (keys: string[]) => keys.map((name, i) => ({ name, label: label(name), color: COLORS[i % 7]! }));
  const aged =
    (prefix: string) =>
    (rows: ChartRow[]): ChartRow[] =>
      rows.map((r) => ({ ...r, age: t(`${prefix}.${r.age}`) }));

  return (
    <>
      <ChartCard
        chart="applications"
        title={t('dashboard.applications.title')}
        description={t('dashboard.applications.description')}
        render={(rows) => <BarChart h={H} data={rows} dataKey="day" series={series(['submitted', 'decidedInTime'])} />}
        columns={[
          { key: 'day', label: t('dashboard.col.day') },
          { key: 'submitted', label: label('submitted') },
          { key: 'decided', label: label('decided') },
          { key: 'decidedInTime', label: label('decidedInTime') },
          { key: 'share', label: t('dashboard.col.share') },
        ]}
        tableRows={(rows) => rows.map((r) => ({ ...r, share: percent(Number(r.decidedInTime), Number(r.decided)) }))}
      />
      <ChartCard
        chart="queue"
        title={t('dashboard.queue.title')}
        description={t('dashboard.queue.description')}
        render={(rows) => (
          <BarChart h={H} data={aged('dashboard.queueAge')(rows)} dataKey="age" series={series(['open', 'overdue'])} />
        )}
        columns={[
          { key: 'age', label: t('dashboard.col.age') },
          { key: 'open', label: label('open') },
          { key: 'overdue', label: label('overdue') },
        ]}
        tableRows={aged('dashboard.queueAge')}
      />
      <Pivoted
        chart="members"
        bucket="month"
        category="tier"
        value="members"
        kind="line"
        title={t('dashboard.members.title')}
        description={t('dashboard.members.description')}
        bucketLabel={t('dashboard.col.month')}
      />
      <Pivoted
        chart="revenue"
        bucket="month"
        category="method"
        value="netMinor"
        kind="bar"
        format={money}
        title={t('dashboard.revenue.title')}
        description={t('dashboard.revenue.description')}
        bucketLabel={t('dashboard.col.month')}
        categoryLabel={(method) => t(`dashboard.method.${method}`)}
      />
      <ChartCard
        chart="overdue"
        title={t('dashboard.overdue.title')}
        description={t('dashboard.overdue.description')}
        defaultPeriod="year"
        render={(rows) => (
          <BarChart
            h={H}
            data={aged('dashboard.overdueAge')(rows).map((r) => ({ ...r, openMinor: Number(r.openMinor) / 100 }))}
            dataKey="age"
            series={[{ name: 'openMinor', label: label('openAmount'), color: 'red.6' }]}
          />
        )}
        columns={[
          { key: 'age', label: t('dashboard.col.age') },
          { key: 'invoices', label: label('invoices') },
          { key: 'openMinor', label: label('openAmount'), format: money },
        ]}
        tableRows={aged('dashboard.overdueAge')}
      />
      <ChartCard
        chart="migration"
        title={t('dashboard.migration.title')}
        description={t('dashboard.migration.description')}
        render={(rows) => <AreaChart h={H} data={rows} dataKey="week" series={series(['migrated', 'total'])} />}
        columns={[
          { key: 'week', label: t('dashboard.col.week') },
          { key: 'migrated', label: label('migrated') },
          { key: 'total', label: label('total') },
        ]}
      />
      <ChartCard
        chart="points"
        title={t('dashboard.points.title')}
        description={t('dashboard.points.description')}
        render={(rows) => <BarChart h={H} data={rows} dataKey="week" series={series(['awarded', 'revoked'])} />}
        columns={[
          { key: 'week', label: t('dashboard.col.week') },
          { key: 'awarded', label: label('awarded') },
          { key: 'revoked', label: label('revoked') },
        ]}
      />
    </>
  );
}

type PivotedProps = {
  chart: InsightChart;
  bucket: string;
  category: string;
  value: string;
  kind: 'line' | 'bar';
  title: string;
  description: string;
  bucketLabel: string;
  format?: (value: string | number) => string;
  categoryLabel?: (category: string) => string;
};

/** A chart of one value per bucket and category (tiers, payment methods), pivoted for drawing. */
function Pivoted(props: PivotedProps) {
  const { t } = useTranslation();
  const label = (key: string) => t(`dashboard.series.${key}`);
  const name = (c: string) => (props.categoryLabel ? props.categoryLabel(c) : c);
  const wide = (rows: ChartRow[]) => pivot(rows, props.bucket, props.category, props.value);
  return (
    <ChartCard
      chart={props.chart}
      title={props.title}
      description={props.description}
      render={(rows) => {
        const { data, categories } = wide(rows);
        const s = categories.map((c, i) => ({ name: c, label: name(c), color: COLORS[i % 7]! }));
        const scaled = props.format
          ? data.map((r) =>
              Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === props.bucket ? v : Number(v) / 100])),
            )
          : data;
        return props.kind === 'line' ? (
          <LineChart h={H} data={scaled} dataKey={props.bucket} series={s} />
        ) : (
          <BarChart h={H} data={scaled} dataKey={props.bucket} series={s} type="stacked" />
        );
      }}
      columns={[
        { key: props.bucket, label: props.bucketLabel },
        { key: props.category, label: t(`dashboard.col.${props.category}`) },
        { key: props.value, label: label(props.value), ...(props.format && { format: props.format }) },
      ]}
      tableRows={(rows) => rows.map((r) => ({ ...r, [props.category]: name(String(r[props.category])) }))}
    />
  );
}
