import { zodResolver } from '@hookform/resolvers/zod';
import {
  Accordion,
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiError, api } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { type AdminTier, type AdminTierList, TierCategory, type TierInput } from '../../shared/contracts.js';
import { applyFieldErrors, zodMessages } from '../../shared/forms/validation.js';
import { localName, useFormat } from '../../shared/i18n/format.js';

type Tier = z.infer<typeof AdminTier>;
type TierBody = z.input<typeof TierInput>;
const tiersKey = ['admin', 'tiers'] as const;

/** The form keeps the price in euros and the benefits as text; `toTierInput` converts them. */
const TierForm = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9_-]{1,29}$/),
  category: TierCategory,
  minPoints: z.number().int().min(0),
  priceEur: z.number().min(0),
  nameNl: z.string().trim().min(1).max(60),
  nameEn: z.string().trim().min(1).max(60),
  benefitsNl: z.string(),
  benefitsEn: z.string(),
  rank: z.number().int(),
  active: z.boolean(),
});
type TierFormValues = z.output<typeof TierForm>;

export function benefitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** 12.5 → 1250 minor units, without floating-point drift. */
export function euroToMinor(value: number): number {
  return Math.round(value * 100);
}

export function toTierInput(values: TierFormValues, existing: Tier | null): TierBody {
  return {
    code: values.code,
    category: values.category,
    minPoints: values.minPoints,
    prices: { ...(existing?.prices ?? {}), EUR: euroToMinor(values.priceEur) },
    names: { nl: values.nameNl, en: values.nameEn },
    benefits: { nl: benefitLines(values.benefitsNl), en: benefitLines(values.benefitsEn) },
    rank: values.rank,
    active: values.active,
  };
}

function formValues(tier: Tier | null, nextRank: number): z.input<typeof TierForm> {
  if (!tier) {
    return {
      code: '',
      category: 'individual',
      minPoints: 0,
      priceEur: 0,
      nameNl: '',
      nameEn: '',
      benefitsNl: '',
      benefitsEn: '',
      rank: nextRank,
      active: true,
    };
  }
  return {
    code: tier.code,
    category: tier.category,
    minPoints: tier.minPoints,
    priceEur: (tier.prices.EUR ?? 0) / 100,
    nameNl: tier.names.nl,
    nameEn: tier.names.en,
    benefitsNl: tier.benefits.nl.join('\n'),
    benefitsEn: tier.benefits.en.join('\n'),
    rank: tier.rank,
    active: tier.active,
  };
}

/** Groups every version by code: the current (highest) version first, then the older ones. */
export function groupTiers(items: readonly Tier[]): { current: Tier; history: Tier[] }[] {
  const byCode = new Map<string, Tier[]>();
  for (const tier of items) byCode.set(tier.code, [...(byCode.get(tier.code) ?? []), tier]);
  return [...byCode.values()]
    .map((versions) => {
      const sorted = [...versions].sort((a, b) => b.version - a.version);
      return { current: sorted[0]!, history: sorted.slice(1) };
    })
    .sort((a, b) => a.current.rank - b.current.rank || a.current.code.localeCompare(b.current.code));
}

function money(minor: number | undefined, language: string): string {
  if (minor === undefined) return '—';
  return new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' }).format(minor / 100);
}

function TierEditor({
  tier,
  nextRank,
  onSaved,
  onCancel,
}: {
  tier: Tier | null;
  nextRank: number;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const resolver = useMemo(() => zodResolver(TierForm, zodMessages(t)), [t]);
  const form = useForm<z.input<typeof TierForm>, unknown, TierFormValues>({
    resolver,
    defaultValues: formValues(tier, nextRank),
  });
  const save = useMutation({
    mutationFn: (values: TierFormValues) => api.post<Tier>('/api/admin/tiers', toTierInput(values, tier)),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: tiersKey });
      onSaved();
    },
    onError: (error) => {
      if (error instanceof ApiError) applyFieldErrors(error, form.setError, ['code', 'category', 'minPoints', 'rank']);
    },
  });
  const errors = form.formState.errors;
  const categories = TierCategory.options.map((value) => ({ value, label: t(`tiersAdmin.category.${value}`) }));

  return (
    <form noValidate onSubmit={form.handleSubmit((values) => save.mutate(values))}>
      <Stack gap="sm">
        <Alert color="blue" variant="light">
          {t('tiersAdmin.priceNote')}
        </Alert>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('tiersAdmin.field.code')}
            readOnly={tier !== null}
            description={tier ? t('tiersAdmin.codeReadOnly') : t('tiersAdmin.codeHint')}
            error={errors.code?.message}
            {...form.register('code')}
          />
          <Controller
            control={form.control}
            name="category"
            render={({ field }) => (
              <Select
                label={t('tiersAdmin.field.category')}
                data={categories}
                value={field.value}
                onChange={(value) => field.onChange(value ?? 'individual')}
                allowDeselect={false}
                error={errors.category?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="minPoints"
            render={({ field }) => (
              <NumberInput
                label={t('tiersAdmin.field.minPoints')}
                value={field.value}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
                min={0}
                allowDecimal={false}
                allowNegative={false}
                error={errors.minPoints?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="priceEur"
            render={({ field }) => (
              <NumberInput
                label={t('tiersAdmin.field.priceEur')}
                description={t('tiersAdmin.exclVat')}
                value={field.value}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
                min={0}
                decimalScale={2}
                fixedDecimalScale
                allowNegative={false}
                prefix="€ "
                error={errors.priceEur?.message}
              />
            )}
          />
          <TextInput label={t('tiersAdmin.field.nameNl')} error={errors.nameNl?.message} {...form.register('nameNl')} />
          <TextInput label={t('tiersAdmin.field.nameEn')} error={errors.nameEn?.message} {...form.register('nameEn')} />
          <Textarea
            label={t('tiersAdmin.field.benefitsNl')}
            description={t('tiersAdmin.benefitsHint')}
            autosize
            minRows={3}
            {...form.register('benefitsNl')}
          />
          <Textarea
            label={t('tiersAdmin.field.benefitsEn')}
            description={t('tiersAdmin.benefitsHint')}
            autosize
            minRows={3}
            {...form.register('benefitsEn')}
          />
          <Controller
            control={form.control}
            name="rank"
            render={({ field }) => (
              <NumberInput
                label={t('tiersAdmin.field.rank')}
                description={t('tiersAdmin.rankHint')}
                value={field.value}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
                allowDecimal={false}
                error={errors.rank?.message}
              />
            )}
          />
          <Checkbox mt="lg" label={t('tiersAdmin.field.active')} {...form.register('active')} />
        </SimpleGrid>
        {save.isError && <ErrorAlert error={save.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('tiersAdmin.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('tiersAdmin.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function VersionRows({ tiers, language }: { tiers: readonly Tier[]; language: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tiersAdmin.col.version')}</Table.Th>
            <Table.Th>{t('tiersAdmin.col.name')}</Table.Th>
            <Table.Th>{t('tiersAdmin.col.minPoints')}</Table.Th>
            <Table.Th>{t('tiersAdmin.col.price')}</Table.Th>
            <Table.Th>{t('tiersAdmin.col.active')}</Table.Th>
            <Table.Th>{t('tiersAdmin.col.createdAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tiers.map((tier) => (
            <Table.Tr key={tier.id}>
              <Table.Td>v{tier.version}</Table.Td>
              <Table.Td>{localName(tier.names, language)}</Table.Td>
              <Table.Td>{tier.minPoints}</Table.Td>
              <Table.Td>{money(tier.prices.EUR, language)}</Table.Td>
              <Table.Td>{tier.active ? t('tiersAdmin.yes') : t('tiersAdmin.no')}</Table.Td>
              <Table.Td>{format.dateTime(tier.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function TiersPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  useDocumentTitle(t('tiersAdmin.title'));
  const [editing, setEditing] = useState<{ tier: Tier | null } | null>(null);
  const [saved, setSaved] = useState(false);
  const list = useQuery({
    queryKey: tiersKey,
    queryFn: () => api.get<z.infer<typeof AdminTierList>>('/api/admin/tiers'),
  });
  const groups = useMemo(() => groupTiers(list.data?.items ?? []), [list.data]);
  const nextRank = groups.reduce((max, group) => Math.max(max, group.current.rank), 0) + 1;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('tiersAdmin.title')}</Title>
          <Text c="dimmed">{t('tiersAdmin.intro')}</Text>
          <Text c="dimmed" size="sm">
            {t('tiersAdmin.priceNote')}
          </Text>
        </div>
        <Button
          onClick={() => {
            setSaved(false);
            setEditing({ tier: null });
          }}
        >
          {t('tiersAdmin.new')}
        </Button>
      </Group>
      {saved && (
        <Alert color="green" role="status" withCloseButton onClose={() => setSaved(false)}>
          {t('tiersAdmin.saved')}
        </Alert>
      )}
      {list.isPending && <PageLoader />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && groups.length === 0 && <Text c="dimmed">{t('tiersAdmin.empty')}</Text>}
      {groups.length > 0 && (
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="tiers-current-title">
          <Title order={2} size="h4" id="tiers-current-title" mb="sm">
            {t('tiersAdmin.currentTitle')}
          </Title>
          <Table.ScrollContainer minWidth={820}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('tiersAdmin.col.code')}</Table.Th>
                  <Table.Th>{t('tiersAdmin.col.name')}</Table.Th>
                  <Table.Th>{t('tiersAdmin.col.category')}</Table.Th>
                  <Table.Th>{t('tiersAdmin.col.minPoints')}</Table.Th>
                  <Table.Th>{t('tiersAdmin.col.price')}</Table.Th>
                  <Table.Th>{t('tiersAdmin.col.rank')}</Table.Th>
                  <Table.Th>{t('tiersAdmin.col.version')}</Table.Th>
                  <Table.Th>{t('tiersAdmin.col.active')}</Table.Th>
                  <Table.Th>
                    <span className="pp-visually-hidden">{t('tiersAdmin.col.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {groups.map(({ current }) => (
                  <Table.Tr key={current.code}>
                    <Table.Td>
                      <Text ff="monospace" size="sm">
                        {current.code}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text fw={600}>{localName(current.names, language)}</Text>
                    </Table.Td>
                    <Table.Td>{t(`tiersAdmin.category.${current.category}`)}</Table.Td>
                    <Table.Td>{current.minPoints}</Table.Td>
                    <Table.Td>{money(current.prices.EUR, language)}</Table.Td>
                    <Table.Td>{current.rank}</Table.Td>
                    <Table.Td>v{current.version}</Table.Td>
                    <Table.Td>
                      <Badge color={current.active ? 'green' : 'gray'} variant="light">
                        {current.active ? t('tiersAdmin.active') : t('tiersAdmin.inactive')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="light"
                        aria-label={t('tiersAdmin.editNamed', { code: current.code })}
                        onClick={() => {
                          setSaved(false);
                          setEditing({ tier: current });
                        }}
                      >
                        {t('tiersAdmin.edit')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {groups.some((group) => group.history.length > 0) && (
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="tiers-history-title">
          <Title order={2} size="h4" id="tiers-history-title" mb="sm">
            {t('tiersAdmin.historyTitle')}
          </Title>
          <Accordion variant="separated">
            {groups
              .filter((group) => group.history.length > 0)
              .map(({ current, history }) => (
                <Accordion.Item key={current.code} value={current.code}>
                  <Accordion.Control>
                    {t('tiersAdmin.olderVersions', { code: current.code, count: history.length })}
                  </Accordion.Control>
                  <Accordion.Panel>
                    <VersionRows tiers={history} language={language} />
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
          </Accordion>
        </Paper>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="xl"
        title={editing?.tier ? t('tiersAdmin.editTitle', { code: editing.tier.code }) : t('tiersAdmin.newTitle')}
      >
        {editing && (
          <TierEditor
            key={editing.tier?.id ?? 'new'}
            tier={editing.tier}
            nextRank={nextRank}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setSaved(true);
              setEditing(null);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
