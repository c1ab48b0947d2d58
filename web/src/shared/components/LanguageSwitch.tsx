import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, parseLocale } from '../../../../contracts/languages.js';
import { UI_LANGUAGES } from '../i18n/i18n.js';
import { useChangeLanguage } from '../i18n/useLanguage.js';

/** Every language of the UI by its own name; a choice switches the page at once and is remembered. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, change } = useChangeLanguage();
  return (
    <NativeSelect
      aria-label={t('language.label')}
      size="xs"
      value={language}
      onChange={(event) => {
        const next = parseLocale(event.currentTarget.value)?.language;
        if (next) void change(next);
      }}
    >
      {UI_LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code}>
          {LANGUAGE_NAMES[code]}
        </option>
      ))}
    </NativeSelect>
  );
}
