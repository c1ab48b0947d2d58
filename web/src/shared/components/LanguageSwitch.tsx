import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '../i18n/i18n.js';
import { useChangeLanguage } from '../i18n/useLanguage.js';

export function LanguageSwitch({ dark = false }: { dark?: boolean }) {
  const { t } = useTranslation();
  const { language, change } = useChangeLanguage();
  return (
    <SegmentedControl
      aria-label={t('language.label')}
      size="xs"
      value={language}
      onChange={(value) => void change(value as UiLanguage)}
      data={UI_LANGUAGES.map((code) => ({
        value: code,
        label: (
          <span title={t(`language.${code}`)} lang={code}>
            {code.toUpperCase()}
          </span>
        ),
      }))}
      className={dark ? 'pp-language-dark' : undefined}
    />
  );
}
