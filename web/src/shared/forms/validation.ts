import type { TFunction } from 'i18next';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { z } from 'zod';
import type { ApiError } from '../api/client.js';

type Issue = z.core.$ZodRawIssue;

/** Translates zod issues into the UI language (pass as the schema options of zodResolver). */
export function zodMessages(t: TFunction) {
  return {
    error: (issue: Issue): string => {
      switch (issue.code) {
        case 'invalid_type':
          return issue.input === undefined || issue.input === null || issue.input === ''
            ? t('validation.required')
            : t('validation.invalid');
        case 'too_small':
          if (issue.origin === 'string') {
            return Number(issue.minimum) <= 1 || issue.input === '' || issue.input === undefined
              ? t('validation.required')
              : t('validation.minLength', { count: Number(issue.minimum) });
          }
          if (issue.origin === 'array') return t('validation.minItems', { count: Number(issue.minimum) });
          return t('validation.invalid');
        case 'too_big':
          if (issue.origin === 'string') return t('validation.maxLength', { count: Number(issue.maximum) });
          if (issue.origin === 'array') return t('validation.maxItems', { count: Number(issue.maximum) });
          return t('validation.invalid');
        case 'invalid_format':
          if (issue.format === 'email') return t('validation.email');
          if (issue.path?.at(-1) === 'phone') return t('validation.phone');
          return t('validation.format');
        case 'invalid_value':
          return issue.input === undefined || issue.input === null || issue.input === ''
            ? t('validation.required')
            : t('validation.choose');
        case 'custom': {
          const key = (issue.params as { key?: string } | undefined)?.key;
          return key ? t(key) : t('validation.invalid');
        }
        default:
          return issue.message ?? t('validation.invalid');
      }
    },
  };
}

/**
 * Puts the API's field errors (dotted paths such as `organisation.postcode`) on the form's fields.
 * Returns the messages of paths the form does not know, so the caller can show them elsewhere.
 */
export function applyFieldErrors<T extends FieldValues>(
  error: ApiError,
  setError: UseFormSetError<T>,
  knownPaths: readonly string[],
): string[] {
  const unmatched: string[] = [];
  let focused = false;
  for (const [path, message] of Object.entries(error.fields)) {
    if (knownPaths.includes(path)) {
      setError(path as Path<T>, { type: 'server', message }, { shouldFocus: !focused });
      focused = true;
    } else {
      unmatched.push(message);
    }
  }
  return unmatched;
}
