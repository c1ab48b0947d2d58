import { MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cssVariablesResolver, theme } from './theme.js';

/**
 * Mantine with the app's theme, plus the texts Mantine itself shows in the user's language: the
 * close (×) button of dialogs and drawers has no name of its own. Plain theme entries (not
 * Modal.extend) so the dialog code stays out of the first download.
 */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const close = t('common.close');
  const translated = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          Modal: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          Drawer: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
        },
      }),
    [close],
  );
  return (
    <MantineProvider theme={translated} cssVariablesResolver={cssVariablesResolver}>
      {children}
    </MantineProvider>
  );
}
