import { ActionIcon, Box, Button, Group, NumberInput, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OVERDUE_ACTIONS, type OverdueStep } from '../../shared/contracts.js';

export type OverdueAction = OverdueStep['action'];

/**
 * One step as the form edits it: how many days, before or after the due date, and the action.
 * The direction is kept apart from the number so that "0 days before" stays what the admin chose.
 */
export type StepDraft = { key: number; days: number; when: 'before' | 'after'; action: OverdueAction };

let nextKey = 1;

/** The stored policy as form rows, in the order the steps happen. */
export function toStepDrafts(policy: OverdueStep[]): StepDraft[] {
  return [...policy]
    .sort((a, b) => a.days - b.days)
    .map((step) => ({
      key: nextKey++,
      days: Math.abs(step.days),
      when: step.days < 0 ? 'before' : 'after',
      action: step.action,
    }));
}

/** The form rows as the settings store them: days relative to the due date, negative before it. */
export function fromStepDrafts(steps: StepDraft[]): OverdueStep[] {
  return steps.map((step) => ({
    days: step.when === 'before' && step.days > 0 ? -step.days : step.days,
    action: step.action,
  }));
}

/** The limits of the settings: up to 60 days before the due date, up to 365 after it. */
const MAX_DAYS = { before: 60, after: 365 } as const;
const MAX_STEPS = 20;
/** Column widths, shared by the header and the rows. */
const W = { step: 64, days: 110, when: 220, action: 260 } as const;

export function OverduePolicyEditor({
  steps,
  onChange,
  error,
  fieldError,
}: {
  steps: StepDraft[];
  onChange: (steps: StepDraft[]) => void;
  /** The server's message about the policy as a whole (one suspension, one cancellation, …). */
  error?: string;
  /** The server's message about one field of a step, by its path under `overduePolicy`. */
  fieldError: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const update = (key: number, change: Partial<StepDraft>) =>
    onChange(steps.map((step) => (step.key === key ? { ...step, ...change } : step)));
  const whenOptions = (['before', 'after'] as const).map((value) => ({
    value,
    label: t(`programme.overdue.when.${value}`),
  }));
  const actionOptions = OVERDUE_ACTIONS.map((value) => ({ value, label: t(`programme.overdue.action.${value}`) }));

  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="section"
      aria-labelledby="programme-overdue-title"
      aria-describedby={error ? 'programme-overdue-error' : undefined}
    >
      <Title order={2} size="h4" id="programme-overdue-title">
        {t('programme.overdue.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('programme.overdue.intro')}
      </Text>
      <Stack gap="sm">
        {steps.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('programme.overdue.empty')}
          </Text>
        )}
        {steps.length > 0 && (
          // The column headings, for the eye; each input carries its own accessible name.
          <Group gap="sm" wrap="nowrap" aria-hidden="true" mb={-6}>
            <Box w={W.step} />
            {(['days', 'whenLabel', 'actionLabel'] as const).map((key, i) => (
              <Text key={key} w={[W.days, W.when, W.action][i]} size="sm" fw={600}>
                {t(`programme.overdue.${key}`)}
              </Text>
            ))}
          </Group>
        )}
        {steps.map((step, index) => {
          const number = index + 1;
          const name = t('programme.overdue.step', { number });
          return (
            <Group
              key={step.key}
              role="group"
              aria-label={name}
              data-testid="overdue-step"
              align="flex-start"
              gap="sm"
              wrap="nowrap"
            >
              <Text fw={600} size="sm" w={W.step} pt={7} aria-hidden="true">
                {name}
              </Text>
              <NumberInput
                w={W.days}
                aria-label={t('programme.overdue.days')}
                min={0}
                max={MAX_DAYS[step.when]}
                allowDecimal={false}
                allowNegative={false}
                value={step.days}
                onChange={(value) => update(step.key, { days: typeof value === 'number' ? value : 0 })}
                error={fieldError(`${index}.days`)}
              />
              <Select
                w={W.when}
                aria-label={t('programme.overdue.whenLabel')}
                data={whenOptions}
                value={step.when}
                allowDeselect={false}
                onChange={(value) => {
                  if (!value) return;
                  const when = value as StepDraft['when'];
                  update(step.key, { when, days: Math.min(step.days, MAX_DAYS[when]) });
                }}
              />
              <Select
                w={W.action}
                aria-label={t('programme.overdue.actionLabel')}
                data={actionOptions}
                value={step.action}
                allowDeselect={false}
                onChange={(value) => value && update(step.key, { action: value as OverdueAction })}
                error={fieldError(`${index}.action`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mt={1}
                aria-label={t('programme.overdue.remove', { number })}
                onClick={() => onChange(steps.filter((s) => s.key !== step.key))}
              >
                <span aria-hidden="true">✕</span>
              </ActionIcon>
            </Group>
          );
        })}
        {error && (
          <Text id="programme-overdue-error" c="red.8" size="sm" role="alert">
            {error}
          </Text>
        )}
        <Group>
          <Button
            variant="light"
            disabled={steps.length >= MAX_STEPS}
            onClick={() => onChange([...steps, { key: nextKey++, days: 0, when: 'after', action: 'reminder' }])}
          >
            {t('programme.overdue.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
