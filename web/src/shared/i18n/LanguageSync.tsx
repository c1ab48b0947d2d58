import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { api } from '../api/client.js';
import { meQueryKey, useMe } from '../api/session.js';
import type { MeResponseBody } from '../contracts.js';
import { applyLanguage, languageFromQuery, parseLanguage, serverLocale, storeLanguage } from './i18n.js';

/**
 * Keeps the UI language in the documented order: `?language=` in the address, then the logged-in
 * user's own setting, then the stored choice / browser (applied at start). A language asked for in
 * the address while logged in becomes the user's setting, so a reload does not switch back. The
 * address may also name the country (`fr_BE`), which then sets the formats and is remembered.
 */
export function LanguageSync() {
  const location = useLocation();
  const client = useQueryClient();
  const me = useMe();
  const appliedUserId = useRef<string | null>(null);
  const fromQuery = languageFromQuery(location.search);
  const queryLanguage = fromQuery?.language ?? null;
  const queryCountry = fromQuery?.country ?? null;
  const user = me.data?.user;

  useEffect(() => {
    if (!queryLanguage) return;
    const locale = { language: queryLanguage, country: queryCountry };
    storeLanguage(locale);
    void applyLanguage(locale);
    if (user && user.locale !== queryLanguage) {
      const saved = serverLocale(queryLanguage);
      client.setQueryData<MeResponseBody>(meQueryKey, { user: { ...user, locale: saved } });
      api.put('/api/auth/locale', { locale: saved }).catch(() => undefined);
    }
  }, [queryLanguage, queryCountry, user, client]);

  useEffect(() => {
    if (!user) {
      appliedUserId.current = null;
      return;
    }
    if (appliedUserId.current === user.id) return;
    appliedUserId.current = user.id;
    if (queryLanguage) return;
    const language = parseLanguage(user.locale);
    if (language) {
      storeLanguage(language);
      void applyLanguage(language);
    }
  }, [user, queryLanguage]);

  return null;
}
