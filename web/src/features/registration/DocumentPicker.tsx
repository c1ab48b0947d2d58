import { ActionIcon, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DocumentKind, MAX_DOCUMENTS } from '../../shared/contracts.js';
import { useFormat } from '../../shared/i18n/format.js';
import { checkFile, type PickedFile, pickedFile } from './documents.js';

type Props = {
  files: PickedFile[];
  onChange: (files: PickedFile[]) => void;
  kinds: readonly DocumentKind[];
  disabled?: boolean;
  error?: string | null;
  id: string;
};

/** Up to three PDF/JPEG/PNG files, each with its document kind. */
export function DocumentPicker({ files, onChange, kinds, disabled, error, id }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [tooMany, setTooMany] = useState(false);
  const full = files.length >= MAX_DOCUMENTS;
  const kindOptions = kinds.map((kind) => ({ value: kind, label: t(`documentKind.${kind}`) }));

  const add = async (added: File[]) => {
    const room = MAX_DOCUMENTS - files.length;
    const accepted = await Promise.all(
      added
        .slice(0, room)
        .map(async (file) => pickedFile(file, await checkFile(file), kinds.length === 1 ? kinds[0]! : null)),
    );
    setTooMany(added.length > room);
    onChange([...files, ...accepted]);
  };

  return (
    <Stack gap="sm">
      <Dropzone
        onDrop={(dropped) => void add(dropped)}
        disabled={disabled || full}
        multiple
        aria-describedby={`${id}-rules`}
        aria-label={t('documents.dropLabel')}
        // The hidden file input behind the drop zone needs its own name (screen readers reach it).
        inputProps={{ 'aria-label': t('documents.dropLabel') }}
        maxFiles={MAX_DOCUMENTS}
      >
        <Stack align="center" gap={4} py="md" style={{ pointerEvents: 'none' }}>
          <Text fw={600}>{full ? t('documents.full', { count: MAX_DOCUMENTS }) : t('documents.drop')}</Text>
          <Text size="sm" c="dimmed" id={`${id}-rules`}>
            {t('documents.rules', { count: MAX_DOCUMENTS })}
          </Text>
        </Stack>
      </Dropzone>
      {tooMany && (
        <Text c="red.8" size="sm" role="alert">
          {t('documents.errors.tooMany', { count: MAX_DOCUMENTS })}
        </Text>
      )}
      {error && (
        <Text c="red.8" size="sm" role="alert" id={`${id}-error`}>
          {error}
        </Text>
      )}
      {files.map((item, index) => {
        const problem = item.problem?.message ?? (item.problem?.key ? t(item.problem.key) : null);
        return (
          <Paper key={item.key} withBorder p="sm" bg={problem ? 'red.0' : undefined}>
            <Group align="flex-start" wrap="nowrap" gap="sm">
              <Stack gap={0} style={{ flex: '1 1 auto', minWidth: 0 }}>
                <Text size="sm" c="dimmed">
                  {t('documents.fileNumber', { number: index + 1 })}
                </Text>
                <Text fw={600} truncate="end" title={item.file.name}>
                  {item.file.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {format.bytes(item.file.size)}
                </Text>
              </Stack>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                disabled={disabled}
                aria-label={t('documents.remove', { name: item.file.name })}
                onClick={() => onChange(files.filter((f) => f.key !== item.key))}
              >
                <span aria-hidden="true">✕</span>
              </ActionIcon>
            </Group>
            {/* The kinds as choices in full (the longest, the Chamber of Commerce extract, wraps
                instead of being cut off in a narrow dropdown), one click to pick. */}
            <Radio.Group
              mt="sm"
              label={t('documents.kindLabel', { name: item.file.name })}
              value={item.kind ?? ''}
              onChange={(value) =>
                onChange(
                  files.map((f) =>
                    f.key === item.key
                      ? { ...f, kind: value as DocumentKind, problem: f.problem?.key ? f.problem : null }
                      : f,
                  ),
                )
              }
              required
              error={
                !item.kind && item.problem?.key === 'documents.errors.kind' ? t('documents.errors.kind') : undefined
              }
            >
              <Stack gap={6} mt={6} data-testid="document-kinds">
                {kindOptions.length === 0 && (
                  <Text size="sm" c="dimmed">
                    {t('registration.company.vatNumberFirst')}
                  </Text>
                )}
                {kindOptions.map((option) => (
                  <Radio
                    key={option.value}
                    value={option.value}
                    label={option.label}
                    disabled={disabled}
                    styles={{ label: { whiteSpace: 'normal', overflowWrap: 'anywhere' } }}
                  />
                ))}
              </Stack>
            </Radio.Group>
            {problem && item.problem?.key !== 'documents.errors.kind' && (
              <Text c="red.8" size="sm" mt="xs" role="alert">
                {problem}
              </Text>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}

/** Marks files without a kind; returns true when every file is acceptable. */
export function validateFiles(
  files: PickedFile[],
  kinds: readonly DocumentKind[],
): { files: PickedFile[]; ok: boolean; errorKey: string | null } {
  if (files.length === 0) return { files, ok: false, errorKey: 'documents.errors.none' };
  let ok = true;
  const checked = files.map((item) => {
    if (item.problem?.key && item.problem.key !== 'documents.errors.kind') {
      ok = false;
      return item;
    }
    if (!item.kind || !kinds.includes(item.kind)) {
      ok = false;
      return {
        ...item,
        kind: item.kind && kinds.includes(item.kind) ? item.kind : null,
        problem: { key: 'documents.errors.kind' },
      };
    }
    return { ...item, problem: null };
  });
  return { files: checked, ok, errorKey: ok ? null : 'documents.errors.fix' };
}
