import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import { meQueryKey } from '../api/session.js';
import type { MeResponseBody } from '../contracts.js';
import { applyLanguage, serverLocale, storeLanguage, type UiLanguage } from './i18n.js';
import { localeOfTag } from './locale.js';

/** Switches the UI language, remembers the choice and, when logged in, saves it on the user. */
export function useChangeLanguage() {
  const client = useQueryClient();
  const { i18n } = useTranslation();
  const current = localeOfTag(i18n.language).language;
  const change = async (language: UiLanguage) => {
    storeLanguage(language);
    await applyLanguage(language);
    const me = client.getQueryData<MeResponseBody>(meQueryKey);
    if (me?.user && me.user.locale !== language) {
      const saved = serverLocale(language);
      client.setQueryData<MeResponseBody>(meQueryKey, { user: { ...me.user, locale: saved } });
      try {
        await api.put('/api/auth/locale', { locale: saved });
      } catch {
        // The UI language has changed; the saved preference is retried on the next switch.
      }
    }
  };
  return { language: current, change };
}
