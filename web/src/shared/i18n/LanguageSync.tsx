import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useMe } from '../api/session.js';
import { applyLanguage, languageFromQuery, parseLanguage, storeLanguage } from './i18n.js';

/**
 * Keeps the UI language in the documented order: `?language=` in the address, then the logged-in
 * user's own setting, then the stored choice / browser (applied at start).
 */
export function LanguageSync() {
  const location = useLocation();
  const me = useMe();
  const appliedUserId = useRef<string | null>(null);
  const fromQuery = languageFromQuery(location.search);

  useEffect(() => {
    if (fromQuery) {
      storeLanguage(fromQuery);
      void applyLanguage(fromQuery);
    }
  }, [fromQuery]);

  const user = me.data?.user;
  useEffect(() => {
    if (!user) {
      appliedUserId.current = null;
      return;
    }
    if (appliedUserId.current === user.id) return;
    appliedUserId.current = user.id;
    if (fromQuery) return;
    const language = parseLanguage(user.locale);
    if (language) void applyLanguage(language);
  }, [user, fromQuery]);

  return null;
}
