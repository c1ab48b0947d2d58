import { Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { passwordScore } from './passwordStrength.js';

const STRENGTH_COLORS = ['red', 'orange', 'yellow', 'teal', 'green'] as const;

/**
 * A bar and a word for the strength of the password being typed (a rough indication; the server
 * decides). Give the password input `aria-describedby={id}` so the word is read out with it.
 */
export function PasswordStrengthMeter({ id, password }: { id: string; password: string }) {
  const { t } = useTranslation();
  const score = passwordScore(password);
  return (
    <div id={id} aria-live="polite">
      <Progress
        value={password ? (score + 1) * 20 : 0}
        color={STRENGTH_COLORS[score]}
        size="sm"
        aria-label={t('setPassword.strengthLabel')}
      />
      <Text size="xs" mt={4}>
        {t('setPassword.strengthLabel')}: {password ? t(`setPassword.strength.${score}`) : '—'}
      </Text>
    </div>
  );
}
