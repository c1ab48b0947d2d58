import { Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';

export type Column<Row> = {
  key: string;
  label: string;
  render(row: Row): ReactNode;
  /** An action column: on a card its cell stands alone, last, without the column's name. */
  action?: boolean;
  /** The header is for screen readers only (an actions column without a visible name). */
  hiddenLabel?: boolean;
  align?: 'right';
  nowrap?: boolean;
};

type Props<Row> = {
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowKey(row: Row): string;
  /** The wide table's minimum width: narrower screens below the phone breakpoint get cards instead. */
  minWidth: number;
  rowTestId?: string;
  striped?: boolean;
  highlightOnHover?: boolean;
  verticalSpacing?: 'xs' | 'sm';
};

/**
 * A list as a table on wide screens and, on a phone (≤ 48em, as the organisation page), a card per row
 * with each value under its column's name, so a status or an action never sits off screen behind a
 * sideways scroll. The first column heads the card, the unlabelled (action) columns close it.
 */
export function ResponsiveTable<Row>({
  rows,
  columns,
  rowKey,
  minWidth,
  rowTestId,
  striped = true,
  highlightOnHover = false,
  verticalSpacing,
}: Props<Row>) {
  const narrow = useMediaQuery('(max-width: 48em)');
  if (narrow) {
    const [head, ...rest] = columns;
    const labelled = rest.filter((column) => !column.action);
    const actions = rest.filter((column) => column.action);
    return (
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {rows.map((row) => (
          <Paper key={rowKey(row)} component="li" withBorder p="sm" radius="sm" data-testid={rowTestId}>
            <Stack gap={6}>
              {head && (
                <Text component="div" size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {head.render(row)}
                </Text>
              )}
              {labelled.map((column) => (
                <Group key={column.key} justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                  <Text size="sm" c="dimmed">
                    {column.label}
                  </Text>
                  <Text component="div" size="sm" ta="right" miw={0} style={{ overflowWrap: 'anywhere' }}>
                    {column.render(row)}
                  </Text>
                </Group>
              ))}
              {actions.map((column) => (
                <div key={column.key}>{column.render(row)}</div>
              ))}
            </Stack>
          </Paper>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped={striped} highlightOnHover={highlightOnHover} verticalSpacing={verticalSpacing}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} ta={column.align}>
                {column.hiddenLabel ? <span className="pp-visually-hidden">{column.label}</span> : column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)} data-testid={rowTestId}>
              {columns.map((column) => (
                <Table.Td
                  key={column.key}
                  ta={column.align}
                  style={column.nowrap ? { whiteSpace: 'nowrap' } : undefined}
                >
                  {column.render(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
