import { NativeSelect } from '@mantine/core';
import { LANGUAGE_NAMES, parseLocale } from '../../../../contracts/languages.js';
import type { Locale } from '../contracts.js';
import { serverLocale, UI_LANGUAGES } from '../i18n/i18n.js';

/** A form field for someone's language (an invitation's, a staff member's): every language by its own name. */
export function LanguageSelect({
  label,
  value,
  onChange,
  name,
  error,
}: {
  label: string;
  value: string | undefined;
  onChange: (locale: Locale) => void;
  name?: string;
  error?: string;
}) {
  return (
    <NativeSelect
      label={label}
      name={name}
      value={value ?? ''}
      error={error}
      onChange={(event) => {
        const language = parseLocale(event.currentTarget.value)?.language;
        if (language) onChange(serverLocale(language));
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
