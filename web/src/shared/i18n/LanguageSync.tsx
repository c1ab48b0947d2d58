import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { api } from '../api/client.js';
import { meQueryKey, useMe } from '../api/session.js';
import type { MeResponseBody } from '../contracts.js';
import { applyLanguage, languageFromQuery, parseLanguage, storeLanguage } from './i18n.js';

/**
 * Keeps the UI language in the documented order: `?language=` in the address, then the logged-in
 * user's own setting, then the stored choice / browser (applied at start). A language asked for in
 * the address while logged in becomes the user's setting, so a reload does not switch back.
 */
export function LanguageSync() {
  const location = useLocation();
  const client = useQueryClient();
  const me = useMe();
  const appliedUserId = useRef<string | null>(null);
  const fromQuery = languageFromQuery(location.search);
  const user = me.data?.user;

  useEffect(() => {
    if (!fromQuery) return;
    storeLanguage(fromQuery);
    void applyLanguage(fromQuery);
    if (user && user.locale !== fromQuery) {
      client.setQueryData<MeResponseBody>(meQueryKey, { user: { ...user, locale: fromQuery } });
      api.put('/api/auth/locale', { locale: fromQuery }).catch(() => undefined);
    }
  }, [fromQuery, user, client]);

  useEffect(() => {
    if (!user) {
      appliedUserId.current = null;
      return;
    }
    if (appliedUserId.current === user.id) return;
    appliedUserId.current = user.id;
    if (fromQuery) return;
    const language = parseLanguage(user.locale);
    if (language) {
      storeLanguage(language);
      void applyLanguage(language);
    }
  }, [user, fromQuery]);

  return null;
}
