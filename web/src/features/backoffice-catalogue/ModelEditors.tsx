import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../shared/components/DateField.js';
import { catalogueKeys, catalogueRequests, type CatalogueModel as Model } from './queries.js';

/** Saves one field of a model and refreshes the catalogue. */
function useSaveModel<T>(save: (value: T) => Promise<Model>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: save,
    onSuccess: () => void client.invalidateQueries({ queryKey: catalogueKeys.all }),
  });
}

function SaveState({ save, changed }: { save: UseMutationResult<Model, Error, never>; changed: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {save.isSuccess && !changed && (
        <Text size="xs" c="green.8" role="status">
          {t('catalogue.pointsSaved')}
        </Text>
      )}
      {save.isError && (
        <Text size="xs" c="red.8" role="alert">
          {save.error.message}
        </Text>
      )}
    </>
  );
}

export function PointsEditor({ model }: { model: Model }) {
  const { t } = useTranslation();
  const [points, setPoints] = useState<number | string>(model.points);
  const save = useSaveModel((value: number) => catalogueRequests.points(model.id, value));
  const value = typeof points === 'number' ? points : Number.parseInt(points, 10);
  const changed = Number.isFinite(value) && value !== model.points;
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        <NumberInput
          aria-label={t('catalogue.pointsOf', { name: model.name })}
          value={points}
          onChange={setPoints}
          min={0}
          max={100000}
          allowDecimal={false}
          allowNegative={false}
          w={110}
          size="xs"
        />
        <Button size="xs" disabled={!changed} loading={save.isPending} onClick={() => save.mutate(value)}>
          {t('catalogue.savePoints')}
        </Button>
      </Group>
      <SaveState save={save as UseMutationResult<Model, Error, never>} changed={changed} />
    </Stack>
  );
}

/** The model's end-of-support date (empty: none); from that date its products' points are removed. */
export function EndOfSupportEditor({ model }: { model: Model }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(model.endOfSupportOn ?? '');
  const save = useSaveModel((value: string) => catalogueRequests.endOfSupport(model.id, value || null));
  const changed = date !== (model.endOfSupportOn ?? '');
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        <DateField
          aria-label={t('catalogue.endOfSupportOf', { name: model.name })}
          value={date}
          onChange={setDate}
          w={150}
          size="xs"
        />
        <Button size="xs" disabled={!changed} loading={save.isPending} onClick={() => save.mutate(date)}>
          {t('catalogue.savePoints')}
        </Button>
      </Group>
      <SaveState save={save as UseMutationResult<Model, Error, never>} changed={changed} />
    </Stack>
  );
}
