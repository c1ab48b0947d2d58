import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';

/** Shows the (already translated) message of an API error, or a generic one. */
export function ErrorAlert({ error, extra = [] }: { error: unknown; extra?: string[] }) {
  const { t } = useTranslation();
  if (!error && extra.length === 0) return null;
  const message = error instanceof ApiError ? error.message : error ? t('errors.unexpected') : null;
  return (
    <Alert color="red" variant="light" role="alert" title={t('errors.title')}>
      {message}
      {extra.length > 0 && (
        <ul style={{ margin: message ? '0.5rem 0 0' : 0, paddingLeft: '1.25rem' }}>
          {extra.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
