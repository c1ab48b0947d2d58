import { Group, Select, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = {
  kind: { label: string; placeholder: string; options: { value: string; label: string }[] };
  value: string | null;
  onChange(value: string | null): void;
  dates: { fromLabel: string; toLabel: string; from: string; to: string };
  onDates(dates: { from: string; to: string }): void;
  children?: ReactNode;
};

/** A finance list's filter bar: one choice (status, route, …) and a date range, then any extras. */
export function FinanceFilters({ kind, value, onChange, dates, onDates, children }: Props) {
  return (
    <Group align="flex-end">
      <Select
        label={kind.label}
        placeholder={kind.placeholder}
        data={kind.options}
        value={value}
        onChange={onChange}
        clearable
        w={220}
      />
      <TextInput
        type="date"
        label={dates.fromLabel}
        value={dates.from}
        onChange={(e) => onDates({ from: e.currentTarget.value, to: dates.to })}
      />
      <TextInput
        type="date"
        label={dates.toLabel}
        value={dates.to}
        onChange={(e) => onDates({ from: dates.from, to: e.currentTarget.value })}
      />
      {children}
    </Group>
  );
}
