import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadCatalogue } from '../../locales/index.js';
import type { Locale } from '../../shared/contracts.js';
import { parseLanguage } from '../../shared/i18n/i18n.js';

const KEY = 'decision.requestInfoPrefill';

/**
 * The standard "please send another document" reason in the applicant's language (the e-mail around
 * it is in that language too), whatever language the validator works in. The applicant's catalogue is
 * fetched once if the page does not have it yet; until then (or if it cannot be fetched) the
 * validator's own language is used.
 */
export function useRequestInfoPrefill(applicantLocale: Locale): string {
  const { t, i18n } = useTranslation();
  const language = parseLanguage(applicantLocale);
  const [ready, setReady] = useState(() => !language || i18n.hasResourceBundle(language, 'translation'));
  useEffect(() => {
    if (ready || !language) return;
    let live = true;
    loadCatalogue(language)
      .then((catalogue) => {
        if (catalogue && !i18n.hasResourceBundle(language, 'translation')) {
          i18n.addResourceBundle(language, 'translation', catalogue);
        }
      })
      .catch(() => undefined)
      .finally(() => {
        if (live) setReady(true);
      });
    return () => {
      live = false;
    };
  }, [ready, language, i18n]);
  return ready && language && i18n.hasResourceBundle(language, 'translation') ? i18n.getFixedT(language)(KEY) : t(KEY);
}
