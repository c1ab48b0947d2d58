import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRIES } from '../../shared/contracts.js';
import { countryName } from '../../shared/i18n/format.js';

/** The participating countries, named in the UI language and sorted by that name. */
export function useCountryOptions() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () =>
      [...COUNTRIES]
        .map((code) => ({ value: code, label: countryName(code, language) }))
        .sort((a, b) => a.label.localeCompare(b.label, language)),
    [language],
  );
}
