import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The organisation's data export (GDPR), for its Superuser: a plain link, so the browser streams the
 * zip straight to disk instead of holding it in the page.
 */
export function ExportSection() {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" mb="md">
        {t('account.export.intro')}
      </Text>
      <Button component="a" href="/api/org/export" download variant="light" data-testid="account-export">
        {t('account.export.button')}
      </Button>
    </>
  );
}
