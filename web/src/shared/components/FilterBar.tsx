import { Group, Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { DateField } from './DateField.js';

type Props = {
  choice: {
    label: string;
    placeholder: string;
    options: { value: string; label: string }[];
    /** Lets the user type to narrow a long list of choices. */
    searchable?: boolean;
  };
  value: string | null;
  onChange(value: string | null): void;
  dates: { fromLabel: string; toLabel: string; from: string; to: string };
  onDates(dates: { from: string; to: string }): void;
  /** Names the bar for assistive technology (it becomes a search landmark). */
  label?: string;
  children?: ReactNode;
};

/** A back-office list's filter bar: one choice (status, route, action, …) and a date range, then any extras. */
export function FilterBar({ choice, value, onChange, dates, onDates, label, children }: Props) {
  return (
    <Group align="flex-end" wrap="wrap" role={label ? 'search' : undefined} aria-label={label}>
      <Select
        label={choice.label}
        placeholder={choice.placeholder}
        data={choice.options}
        value={value}
        onChange={onChange}
        searchable={choice.searchable}
        clearable
        w={220}
      />
      <DateField
        label={dates.fromLabel}
        value={dates.from}
        onChange={(from) => onDates({ from, to: dates.to })}
        w={160}
      />
      <DateField label={dates.toLabel} value={dates.to} onChange={(to) => onDates({ from: dates.from, to })} w={160} />
      {children}
    </Group>
  );
}
