import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Upload progress of a multipart send; `fraction` is null when nothing is being sent. */
export function UploadProgress({ fraction, id }: { fraction: number | null; id: string }) {
  const { t } = useTranslation();
  if (fraction === null) return null;
  const percent = Math.round(fraction * 100);
  return (
    <Stack gap={4}>
      <Text size="sm" id={id}>
        {percent < 100 ? t('support.uploading', { percent }) : t('support.processing')}
      </Text>
      <Progress value={percent} animated size="lg" aria-labelledby={id} />
    </Stack>
  );
}
