import { ActionIcon, Group, Paper, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_DOCUMENTS } from '../../shared/contracts.js';
import { useFormat } from '../../shared/i18n/format.js';
import { type PickedAttachment, pickAttachment } from './attachments.js';

type Props = {
  id: string;
  files: PickedAttachment[];
  onChange: (files: PickedAttachment[]) => void;
  disabled?: boolean;
};

/** Up to three PDF/JPEG/PNG files of at most 10 MB each, checked before they are sent. */
export function AttachmentPicker({ id, files, onChange, disabled }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [tooMany, setTooMany] = useState(false);
  const full = files.length >= MAX_DOCUMENTS;

  const add = async (added: File[]) => {
    const room = MAX_DOCUMENTS - files.length;
    const accepted = await Promise.all(added.slice(0, room).map(pickAttachment));
    setTooMany(added.length > room);
    onChange([...files, ...accepted]);
  };

  return (
    <Stack gap="xs">
      <Text size="sm" fw={500} id={`${id}-label`}>
        {t('support.attachments.label')}{' '}
        <Text span c="dimmed" size="sm">
          ({t('common.optional')})
        </Text>
      </Text>
      <Dropzone
        onDrop={(dropped) => void add(dropped)}
        disabled={disabled || full}
        multiple
        maxFiles={MAX_DOCUMENTS}
        aria-label={t('support.attachments.add')}
        // The hidden file input behind the drop zone needs its own name (screen readers reach it).
        inputProps={{ 'aria-label': t('support.attachments.add') }}
        aria-describedby={`${id}-rules`}
        p="xs"
      >
        <Stack align="center" gap={2} py={4} style={{ pointerEvents: 'none' }}>
          <Text size="sm" fw={600}>
            {full ? t('documents.full', { count: MAX_DOCUMENTS }) : t('documents.drop')}
          </Text>
          <Text size="xs" c="dimmed" id={`${id}-rules`}>
            {t('documents.rules', { count: MAX_DOCUMENTS })}
          </Text>
        </Stack>
      </Dropzone>
      {tooMany && (
        <Text c="red.8" size="sm" role="alert">
          {t('documents.errors.tooMany', { count: MAX_DOCUMENTS })}
        </Text>
      )}
      {files.map((item) => {
        const problem = item.problem?.message ?? (item.problem?.key ? t(item.problem.key) : null);
        return (
          <Paper key={item.key} withBorder px="sm" py={6} bg={problem ? 'red.0' : undefined} data-testid="attachment">
            <Group gap="sm" wrap="nowrap">
              <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                <Text size="sm" fw={600} truncate="end" title={item.file.name}>
                  {item.file.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {format.bytes(item.file.size)}
                </Text>
                {problem && (
                  <Text c="red.8" size="sm" role="alert">
                    {problem}
                  </Text>
                )}
              </Stack>
              <ActionIcon
                variant="subtle"
                color="red"
                disabled={disabled}
                aria-label={t('documents.remove', { name: item.file.name })}
                onClick={() => onChange(files.filter((f) => f.key !== item.key))}
              >
                <span aria-hidden="true">✕</span>
              </ActionIcon>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}

/** Files with a problem block sending; returns the files to send, or null. */
export function sendableFiles(files: PickedAttachment[]): File[] | null {
  return files.some((item) => item.problem) ? null : files.map((item) => item.file);
}

/** A server error about a file names it; mark that file so the person sees which one to replace. */
export function markFileProblem(files: PickedAttachment[], message: string): PickedAttachment[] {
  const index = files.findIndex((item) => message.includes(item.file.name));
  if (index < 0) return files;
  return files.map((item, i) => (i === index ? { ...item, problem: { message } } : item));
}
