import { Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePasswordVerdict } from './passwordStrength.js';

const STRENGTH_COLORS = ['red', 'orange', 'yellow', 'teal', 'green'] as const;

/**
 * A bar, a word and — when the password would be refused — the reason, by the same rule the
 * server applies (`words`: the user's own names, e-mail and organisation). Give the password input
 * `aria-describedby={id}` so the word and the reason are read out with it.
 */
export function PasswordStrengthMeter({
  id,
  password,
  words = [],
}: {
  id: string;
  password: string;
  words?: string[];
}) {
  const { t } = useTranslation();
  const verdict = usePasswordVerdict(password, words);
  const score = verdict?.score ?? 0;
  return (
    <div id={id} aria-live="polite">
      <Progress
        value={password && verdict ? (score + 1) * 20 : 0}
        color={STRENGTH_COLORS[score]}
        size="sm"
        aria-label={t('setPassword.strengthLabel')}
      />
      <Text size="xs" mt={4}>
        {t('setPassword.strengthLabel')}: {password && verdict ? t(`setPassword.strength.${score}`) : '—'}
      </Text>
      {verdict?.problem && verdict.problem !== 'password_too_short' && (
        <Text size="xs" c="red.8">
          {t(`setPassword.problem.${verdict.problem}`)}
        </Text>
      )}
    </div>
  );
}
