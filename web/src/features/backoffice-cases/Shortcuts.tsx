import { Button, Kbd, Modal, Table, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { caseRequests } from './queries.js';

/** A keyboard shortcut: the key (as `useHotkeys` names it), the text of its line in the help, what it does. */
export type Shortcut = { key: string; label: string; run: () => void };

/** How a key is shown in the help: `shift+?` is typed as `?`. */
const shown = (key: string) => (key === 'shift+?' ? '?' : key.toUpperCase());

/**
 * The page's keyboard shortcuts and their help (`?`). They never fire while the validator types in a
 * field (useHotkeys ignores inputs, text areas and selects) nor while `paused` (a dialog is open).
 */
export function useShortcuts(shortcuts: Shortcut[], paused: boolean) {
  const [helpOpen, setHelpOpen] = useState(false);
  useHotkeys([
    ['shift+?', () => setHelpOpen((open) => !open)],
    ...shortcuts.map(
      (shortcut) =>
        [
          shortcut.key,
          () => {
            if (!paused && !helpOpen) shortcut.run();
          },
        ] as [string, () => void],
    ),
  ]);
  return { helpOpen, setHelpOpen };
}

/** The "Keyboard shortcuts" button and the list it (or `?`) opens. */
export function ShortcutsHelp({
  shortcuts,
  open,
  setOpen,
}: {
  shortcuts: Shortcut[];
  open: boolean;
  setOpen: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const rows = [
    ...shortcuts.map((s) => ({ key: s.key, label: s.label })),
    { key: 'shift+?', label: t('cases.shortcuts.help') },
  ];
  return (
    <>
      <Button size="xs" variant="subtle" onClick={() => setOpen(true)} aria-keyshortcuts="?">
        {t('cases.shortcuts.open')} <Kbd ml={6}>?</Kbd>
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('cases.shortcuts.title')} centered>
        <Table verticalSpacing={6} aria-label={t('cases.shortcuts.title')}>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Td w={64}>
                  <Kbd>{shown(row.key)}</Kbd>
                </Table.Td>
                <Table.Td>{row.label}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm" c="dimmed" mt="sm">
          {t('cases.shortcuts.typing')}
        </Text>
      </Modal>
    </>
  );
}

/**
 * Takes the next unassigned case of the queue (clean ones first; `clean`: only clean ones) and opens
 * it. `none` is set when nothing is waiting.
 */
export function useNextCase() {
  const navigate = useNavigate();
  const [none, setNone] = useState<'any' | 'clean' | null>(null);
  const next = useMutation({
    mutationFn: (clean: boolean) => caseRequests.next(clean),
    onSuccess: (result, clean) => {
      setNone(result.id ? null : clean ? 'clean' : 'any');
      if (result.id) void navigate(`/back-office/cases/${result.id}`);
    },
  });
  return { next, none };
}
