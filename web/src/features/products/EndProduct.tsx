import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import type { EndReason, ProductDetailBody } from './api.js';
import { productKeys, productQueries, productRequests } from './queries.js';

const END_REASONS: readonly EndReason[] = ['removed', 'sold', 'transferred'];

/** Ending an active product (removed, sold, transferred), confirmed in a dialog; then back to My products. */
export function EndProduct({ data }: { data: ProductDetailBody }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [ending, setEnding] = useState<EndReason | null>(null);
  const id = data.id;
  const end = useMutation({
    mutationFn: (reason: EndReason) => productRequests.end(id, reason),
    onSuccess: (body, reason) => {
      // The answer is the first page again: the list starts over from it.
      client.setQueryData(productQueries.pages().queryKey, { pages: [body], pageParams: [null] });
      void client.invalidateQueries({ queryKey: productKeys.all });
      void client.invalidateQueries({ queryKey: productKeys.detail(id) });
      void client.invalidateQueries({ queryKey: productKeys.migration });
      setEnding(null);
      navigate('/portal/products', { state: { ended: reason } });
    },
  });

  return (
    <>
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="product-end-title">
        <Title order={2} size="h4" id="product-end-title">
          {t('products.end.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('products.end.intro')}
        </Text>
        <Group>
          {END_REASONS.map((reason) => (
            <Button key={reason} variant="outline" color="red" onClick={() => setEnding(reason)}>
              {t(`products.end.${reason}`)}
            </Button>
          ))}
        </Group>
      </Paper>
      <Modal
        opened={ending !== null}
        onClose={() => setEnding(null)}
        title={ending ? t(`products.end.${ending}Title`) : ''}
        centered
      >
        <Stack>
          <Text>
            {t('products.end.confirm', {
              name: `${data.modelName} ${data.serialNumber ?? ''}`.trim(),
              count: data.complete ? data.points : 0,
            })}
          </Text>
          {end.isError && <ErrorAlert error={end.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setEnding(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={end.isPending} onClick={() => ending && end.mutate(ending)}>
              {ending ? t(`products.end.${ending}`) : ''}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
