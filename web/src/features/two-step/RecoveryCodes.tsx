import { Alert, Box, Button, Code, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Saves a text as a file through the browser's download. */
function downloadText(fileName: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The ten single-use recovery codes, right after two-step verification was turned on: shown this once. */
export function RecoveryCodes({ codes, email, onDone }: { codes: string[]; email: string; onDone: () => void }) {
  const { t } = useTranslation();
  const file = [t('twoStep.recovery.fileTitle', { email }), t('twoStep.recovery.fileNote'), '', ...codes, ''].join(
    '\n',
  );
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="recovery-codes-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="recovery-codes-title">
          {t('twoStep.recovery.title')}
        </Title>
        <Alert color="green" role="status">
          {t('twoStep.recovery.intro')}
        </Alert>
        <Text fw={600}>{t('twoStep.recovery.once')}</Text>
        <Box
          component="ul"
          aria-label={t('twoStep.recovery.listLabel')}
          className="pp-recovery-codes"
          data-testid="recovery-codes"
        >
          {codes.map((code) => (
            <li key={code}>
              <Code fz="md" data-testid="recovery-code">
                {code}
              </Code>
            </li>
          ))}
        </Box>
        <Group gap="sm">
          <Button variant="default" onClick={() => downloadText(t('twoStep.recovery.fileName'), file)}>
            {t('twoStep.recovery.download')}
          </Button>
          <CopyButton value={codes.join('\n')}>
            {({ copied, copy }) => (
              <Button variant="default" onClick={copy}>
                {copied ? t('twoStep.recovery.copied') : t('twoStep.recovery.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Group>
          <Button onClick={onDone}>{t('twoStep.recovery.done')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
