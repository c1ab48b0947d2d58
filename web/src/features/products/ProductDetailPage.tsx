import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Container,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { ApiError, api } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { applyFieldErrors, zodMessages } from '../../shared/forms/validation.js';
import { countryName, formatDateTime } from '../../shared/i18n/format.js';
import {
  blankToUndefined,
  type CatalogueModelItem,
  type EndReason,
  type MissingFieldName,
  type MyProductsBody,
  type MyProductsPages,
  migrationKey,
  type ProductDetailBody,
  productKey,
  productPagesKey,
  productsKey,
  shortDate,
  todayIso,
  type UpdateProductBody,
  withSummary,
} from './api.js';
import { useCountryOptions } from './countries.js';
import { DealerInput } from './DealerInput.js';
import { EndOfSupportNotice } from './EndOfSupportNotice.js';
import { ModelPicker } from './ModelPicker.js';
import { PointsText, ProductStatus } from './ProductStatus.js';
import { purchaseDateField, serialField } from './RegisterProductsPage.js';

const EditForm = z.object({
  model: z.custom<CatalogueModelItem | null>((value) => value === null || typeof value === 'object'),
  serialNumber: serialField,
  purchaseDate: purchaseDateField,
  purchaseCountry: z.string().nullable(),
  dealer: z.string().trim().max(120),
});
type EditValues = z.input<typeof EditForm>;

const END_REASONS: readonly EndReason[] = ['removed', 'sold', 'transferred'];

function valuesOf(product: ProductDetailBody): EditValues {
  return {
    model: null,
    serialNumber: product.serialNumber ?? '',
    purchaseDate: product.purchaseDate ?? '',
    purchaseCountry: product.purchaseCountry,
    dealer: product.dealer ?? '',
  };
}

function MissingLabel({ label, missing }: { label: string; missing: boolean }) {
  const { t } = useTranslation();
  if (!missing) return <>{label}</>;
  return (
    <Group gap={6} component="span" style={{ display: 'inline-flex' }}>
      <span>{label}</span>
      <Badge color="orange" size="xs" variant="filled" component="span">
        {t('products.detail.missingBadge')}
      </Badge>
    </Group>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w="35%" fw={600}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

export function ProductDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const countries = useCountryOptions();
  const [saved, setSaved] = useState(false);
  const [ending, setEnding] = useState<EndReason | null>(null);
  const product = useQuery({
    queryKey: productKey(id),
    queryFn: () => api.get<ProductDetailBody>(`/api/products/${id}`),
  });
  const data = product.data;
  useDocumentTitle(data?.modelName || t('products.detail.title'));

  const resolver = useMemo(() => zodResolver(EditForm, zodMessages(t)), [t]);
  const form = useForm<EditValues>({
    resolver,
    defaultValues: { model: null, serialNumber: '', purchaseDate: '', purchaseCountry: null, dealer: '' },
  });
  const { reset } = form;
  useEffect(() => {
    if (data) reset(valuesOf(data));
  }, [data, reset]);

  const save = useMutation({
    mutationFn: (body: UpdateProductBody) => api.patch<ProductDetailBody>(`/api/products/${id}`, body),
    onSuccess: (body) => {
      client.setQueryData(productKey(id), body);
      const { history: _, summary, ...product } = body;
      client.setQueryData(productPagesKey, (current: MyProductsPages | undefined) =>
        withSummary(current, summary, product),
      );
      void client.invalidateQueries({ queryKey: productsKey });
      setSaved(true);
    },
    onError: (error) => {
      if (error instanceof ApiError) {
        const fields = Object.fromEntries(
          Object.entries(error.fields).map(([path, message]) => [path === 'modelId' ? 'model' : path, message]),
        );
        applyFieldErrors(new ApiError(error.status, error.code, error.message, fields), form.setError, [
          'model',
          'serialNumber',
          'purchaseDate',
          'purchaseCountry',
          'dealer',
        ]);
      }
    },
  });
  const end = useMutation({
    mutationFn: (reason: EndReason) => api.post<MyProductsBody>(`/api/products/${id}/end`, { reason }),
    onSuccess: (body, reason) => {
      // The answer is the first page again: the list starts over from it.
      client.setQueryData<MyProductsPages>(productPagesKey, { pages: [body], pageParams: [null] });
      void client.invalidateQueries({ queryKey: productsKey });
      void client.invalidateQueries({ queryKey: productKey(id) });
      void client.invalidateQueries({ queryKey: migrationKey });
      setEnding(null);
      navigate('/portal/products', { state: { ended: reason } });
    },
  });

  if (product.isPending) return <PageLoader />;
  if (product.isError || !data) {
    return (
      <Container size="md" py="xl">
        <ErrorAlert error={product.error} />
        <Anchor component={Link} to="/portal/products" mt="md" display="inline-block">
          ← {t('products.backToList')}
        </Anchor>
      </Container>
    );
  }

  const missing = new Set<MissingFieldName>(data.missing);
  const active = data.status === 'active';
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit((values) => {
    setSaved(false);
    const body: UpdateProductBody = {
      serialNumber: blankToUndefined(values.serialNumber),
      purchaseDate: blankToUndefined(values.purchaseDate),
      purchaseCountry: (values.purchaseCountry || undefined) as UpdateProductBody['purchaseCountry'],
      dealer: blankToUndefined(values.dealer),
    };
    if (!data.modelId && values.model) body.modelId = values.model.id;
    save.mutate(body);
  });
  const missingClass = (field: MissingFieldName) => (missing.has(field) ? { input: 'pp-missing-input' } : undefined);

  return (
    <Container size="lg" py="xl">
      <Stack gap="lg">
        <div>
          <Anchor component={Link} to="/portal/products" size="sm">
            ← {t('products.backToList')}
          </Anchor>
          <Title order={1} mt="xs">
            {data.modelName || t('products.unknownModel')}
          </Title>
          <Group gap="md" mt="xs">
            <ProductStatus complete={data.complete} missing={data.missing} status={data.status} />
            <Text fw={600} data-testid="product-points">
              <PointsText points={data.points} />
            </Text>
          </Group>
        </div>
        <EndOfSupportNotice endOfSupport={data.endOfSupport} />
        {!data.complete && active && (
          <Alert color="orange" variant="light" title={t('products.detail.incompleteTitle')}>
            <Text size="sm">{t('products.detail.incompleteText')}</Text>
            <Text size="sm" mt="xs">
              {t('products.bestEstimate')}
            </Text>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="product-data-title">
            <Title order={2} size="h4" id="product-data-title" mb="sm">
              {t('products.detail.dataTitle')}
            </Title>
            <Table>
              <Table.Tbody>
                <Row label={t('products.field.model')}>
                  {data.modelId ? (
                    <>
                      {data.modelName}{' '}
                      {data.modelCode && (
                        <Text span c="dimmed">
                          ({data.modelCode})
                        </Text>
                      )}
                    </>
                  ) : (
                    <Text span c="orange.9">
                      {t('products.detail.unmappedModel', { name: data.modelName || '—' })}
                    </Text>
                  )}
                </Row>
                <Row label={t('products.field.category')}>{data.category ? t(`category.${data.category}`) : '—'}</Row>
                <Row label={t('products.field.serialNumber')}>{data.serialNumber ?? '—'}</Row>
                <Row label={t('products.field.purchaseDate')}>{shortDate(data.purchaseDate, i18n.language)}</Row>
                <Row label={t('products.field.purchaseCountry')}>
                  {data.purchaseCountry ? countryName(data.purchaseCountry, i18n.language) : '—'}
                </Row>
                <Row label={t('products.field.dealer')}>{data.dealer ?? '—'}</Row>
                <Row label={t('products.field.source')}>{t(`products.source.${data.source}`)}</Row>
                <Row label={t('products.field.registeredAt')}>{formatDateTime(data.registeredAt, i18n.language)}</Row>
              </Table.Tbody>
            </Table>
          </Paper>

          {active && (
            <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="product-edit-title">
              <Title order={2} size="h4" id="product-edit-title">
                {data.complete ? t('products.detail.editTitle') : t('products.detail.completeTitle')}
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                {t('products.detail.editIntro')}
              </Text>
              <form noValidate onSubmit={onSubmit}>
                <Stack gap="sm">
                  {!data.modelId && (
                    <Controller
                      control={form.control}
                      name="model"
                      render={({ field, fieldState }) => (
                        <ModelPicker
                          label={t('products.field.model')}
                          name={field.name}
                          value={field.value ?? null}
                          onChange={field.onChange}
                          onBlur={field.onBlur}
                          error={fieldState.error?.message}
                        />
                      )}
                    />
                  )}
                  <TextInput
                    label={
                      <MissingLabel label={t('products.field.serialNumber')} missing={missing.has('serialNumber')} />
                    }
                    aria-label={t('products.field.serialNumber')}
                    autoComplete="off"
                    classNames={missingClass('serialNumber')}
                    {...form.register('serialNumber')}
                    error={errors.serialNumber?.message}
                  />
                  <TextInput
                    type="date"
                    max={todayIso()}
                    label={
                      <MissingLabel label={t('products.field.purchaseDate')} missing={missing.has('purchaseDate')} />
                    }
                    aria-label={t('products.field.purchaseDate')}
                    description={t('products.form.dateHelp')}
                    classNames={missingClass('purchaseDate')}
                    {...form.register('purchaseDate')}
                    error={errors.purchaseDate?.message}
                  />
                  <Controller
                    control={form.control}
                    name="purchaseCountry"
                    render={({ field, fieldState }) => (
                      <Select
                        label={
                          <MissingLabel
                            label={t('products.field.purchaseCountry')}
                            missing={missing.has('purchaseCountry')}
                          />
                        }
                        aria-label={t('products.field.purchaseCountry')}
                        placeholder={t('common.choose')}
                        searchable
                        data={countries}
                        value={field.value ?? null}
                        onChange={field.onChange}
                        onBlur={field.onBlur}
                        name={field.name}
                        classNames={missingClass('purchaseCountry')}
                        nothingFoundMessage={t('common.nothingFound')}
                        error={fieldState.error?.message}
                      />
                    )}
                  />
                  <Controller
                    control={form.control}
                    name="dealer"
                    render={({ field, fieldState }) => (
                      <div className={missing.has('dealer') ? 'pp-missing-field' : undefined}>
                        <DealerInput
                          label={<MissingLabel label={t('products.field.dealer')} missing={missing.has('dealer')} />}
                          ariaLabel={t('products.field.dealer')}
                          name={field.name}
                          value={field.value}
                          onChange={field.onChange}
                          onBlur={field.onBlur}
                          error={fieldState.error?.message}
                        />
                      </div>
                    )}
                  />
                  {save.isError && <ErrorAlert error={save.error} />}
                  {saved && !save.isPending && (
                    <Alert color="green" role="status" data-testid="product-saved">
                      {data.complete ? t('products.detail.savedComplete') : t('products.detail.saved')}
                    </Alert>
                  )}
                  <Group>
                    <Button type="submit" loading={save.isPending}>
                      {t('products.detail.save')}
                    </Button>
                  </Group>
                </Stack>
              </form>
            </Paper>
          )}
        </SimpleGrid>

        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="product-history-title">
          <Title order={2} size="h4" id="product-history-title" mb="sm">
            {t('products.detail.historyTitle')}
          </Title>
          {data.history.length === 0 ? (
            <Text c="dimmed">{t('products.detail.noHistory')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('products.detail.when')}</Table.Th>
                    <Table.Th>{t('products.detail.what')}</Table.Th>
                    <Table.Th>{t('products.detail.who')}</Table.Th>
                    <Table.Th>{t('products.detail.details')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.history.map((entry) => (
                    <Table.Tr key={`${entry.at}-${entry.action}`} data-testid="history-entry">
                      <Table.Td>{formatDateTime(entry.at, i18n.language)}</Table.Td>
                      <Table.Td>{t(`products.history.${entry.action}`, { defaultValue: entry.action })}</Table.Td>
                      <Table.Td>{entry.actorName ?? t('cases.system')}</Table.Td>
                      <Table.Td>
                        <HistoryDetail detail={entry.detail} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Paper>

        {active && (
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
        )}
      </Stack>

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
    </Container>
  );
}

function HistoryDetail({ detail }: { detail: Record<string, unknown> }) {
  const { t } = useTranslation();
  const parts: string[] = [];
  const changed = detail.changed;
  const fields = Array.isArray(changed)
    ? changed.map(String)
    : changed && typeof changed === 'object'
      ? Object.keys(changed)
      : [];
  if (fields.length) {
    parts.push(
      t('products.history.changed', {
        fields: fields
          .map((field) => (field === 'modelId' ? 'model' : field))
          .map((field) => t(`products.field.${field}`, { defaultValue: field }))
          .join(', '),
      }),
    );
  }
  if (typeof detail.points === 'number') parts.push(t('products.history.points', { count: detail.points }));
  return <>{parts.join(' · ') || '—'}</>;
}
