import { Alert, Button, Group, Kbd, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { type Shortcut, ShortcutsHelp, useNextCase, useShortcuts } from './Shortcuts.js';

/** The queue's "next clean case": a button and the `N` key take the next clean case and open it. */
export function NextCleanCase() {
  const { t } = useTranslation();
  const { next, none } = useNextCase();
  const take = () => {
    if (!next.isPending) next.mutate(true);
  };
  const shortcuts: Shortcut[] = [{ key: 'n', label: t('cases.shortcuts.nextClean'), run: take }];
  const help = useShortcuts(shortcuts, false);
  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="sm">
        <Button onClick={take} loading={next.isPending} aria-keyshortcuts="n">
          {t('cases.next.clean')} <Kbd ml={6}>N</Kbd>
        </Button>
        <ShortcutsHelp shortcuts={shortcuts} open={help.helpOpen} setOpen={help.setHelpOpen} />
      </Group>
      {none && (
        <Alert color="gray" variant="light" role="status">
          {t('cases.next.noneClean')}
        </Alert>
      )}
      {next.isError && <ErrorAlert error={next.error} />}
    </Stack>
  );
}
