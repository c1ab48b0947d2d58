import { Alert, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api/client.js';
import { ErrorAlert } from '../../shared/components/ErrorAlert.js';
import { PageLoader } from '../../shared/components/RequireAuth.js';
import { useDocumentTitle } from '../../shared/components/useDocumentTitle.js';
import { CATEGORIES } from '../../shared/contracts.js';
import { fromStepDrafts, OverduePolicyEditor, type StepDraft, toStepDrafts } from './OverduePolicyEditor.js';
import { programmeKeys, programmeQueries, programmeRequests, type ProgrammeSettings as Settings } from './queries.js';

/**
 * Programme configuration: the invitation threshold, serial patterns per category,
 * the overdue policy and the direct-debit timing.
 */
export function ProgrammePage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  useDocumentTitle(t('programme.title'));
  const settings = useQuery(programmeQueries.settings());
  const [draft, setDraft] = useState<Settings | null>(null);
  const [steps, setSteps] = useState<StepDraft[]>([]);
  // The form starts from the stored settings, again after each save and on "Undo changes".
  useEffect(() => {
    if (!settings.data) return;
    setDraft(settings.data);
    setSteps(toStepDrafts(settings.data.overduePolicy));
  }, [settings.data]);
  const reset = (data: Settings) => {
    setDraft(data);
    setSteps(toStepDrafts(data.overduePolicy));
  };
  const save = useMutation({
    mutationFn: programmeRequests.save,
    onSuccess: (body) => {
      client.setQueryData(programmeKeys.settings, body);
      void client.invalidateQueries({ queryKey: programmeKeys.customerProducts });
    },
  });
  const fieldError = (path: string) => (save.error instanceof ApiError ? save.error.fields[path] : undefined);

  if (settings.isPending) return <PageLoader />;
  if (settings.isError || !draft) return <ErrorAlert error={settings.error} />;

  const toInt = (value: string | number) => (typeof value === 'number' ? value : Number.parseInt(value, 10) || 0);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('programme.title')}</Title>
        <Text c="dimmed">{t('programme.intro')}</Text>
      </div>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ ...draft, overduePolicy: fromStepDrafts(steps) });
        }}
      >
        <Stack gap="lg">
          <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="programme-points-title">
            <Title order={2} size="h4" id="programme-points-title" mb="sm">
              {t('programme.pointsTitle')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
              <NumberInput
                label={t('programme.invitationThreshold')}
                description={t('programme.invitationThresholdHelp')}
                min={1}
                allowDecimal={false}
                allowNegative={false}
                value={draft.invitationThreshold}
                onChange={(value) => setDraft({ ...draft, invitationThreshold: toInt(value) })}
                error={fieldError('invitationThreshold')}
              />
            </SimpleGrid>
          </Paper>
          <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="programme-serial-title">
            <Title order={2} size="h4" id="programme-serial-title">
              {t('programme.serialTitle')}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t('programme.serialIntro')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
              {CATEGORIES.map((category) => (
                <TextInput
                  key={category}
                  label={t(`category.${category}`)}
                  styles={{ input: { fontFamily: 'monospace' } }}
                  value={draft.serialPatterns[category] ?? ''}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    const patterns = { ...draft.serialPatterns };
                    if (value) patterns[category] = value;
                    else delete patterns[category];
                    setDraft({ ...draft, serialPatterns: patterns });
                  }}
                  error={fieldError(`serialPatterns.${category}`)}
                />
              ))}
            </SimpleGrid>
          </Paper>
          <OverduePolicyEditor
            steps={steps}
            onChange={setSteps}
            error={fieldError('overduePolicy')}
            fieldError={(path) => fieldError(`overduePolicy.${path}`)}
          />
          <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="programme-debit-title">
            <Title order={2} size="h4" id="programme-debit-title">
              {t('programme.directDebit.title')}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t('programme.directDebit.intro')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
              <NumberInput
                label={t('programme.directDebit.preNotificationDays')}
                description={t('programme.directDebit.preNotificationDaysHelp')}
                min={2}
                max={30}
                allowDecimal={false}
                allowNegative={false}
                value={draft.directDebit.preNotificationDays}
                onChange={(value) =>
                  setDraft({ ...draft, directDebit: { ...draft.directDebit, preNotificationDays: toInt(value) } })
                }
                error={fieldError('directDebit.preNotificationDays')}
              />
              <NumberInput
                label={t('programme.directDebit.leadDays')}
                description={t('programme.directDebit.leadDaysHelp')}
                min={0}
                max={10}
                allowDecimal={false}
                allowNegative={false}
                value={draft.directDebit.leadDays}
                onChange={(value) =>
                  setDraft({ ...draft, directDebit: { ...draft.directDebit, leadDays: toInt(value) } })
                }
                error={fieldError('directDebit.leadDays')}
              />
            </SimpleGrid>
          </Paper>
          {save.isError && (
            <ErrorAlert
              error={save.error}
              // The seller's account is not edited on this page, but a stored one that is not valid is named.
              extra={
                save.error instanceof ApiError
                  ? Object.entries(save.error.fields)
                      .filter(([path]) => path.startsWith('seller.'))
                      .map(([, message]) => message)
                  : []
              }
            />
          )}
          {save.isSuccess && (
            <Alert color="green" role="status">
              {t('programme.saved')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('programme.save')}
            </Button>
            <Button variant="default" onClick={() => settings.data && reset(settings.data)}>
              {t('programme.undo')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
