import '@mantine/dates/styles.css';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { dateExample, formatDateInput, parseDateInput } from '../i18n/dateInput.js';
import { useDayjsLocale } from '../i18n/dayjsLocale.js';
import { localeOfTag } from '../i18n/locale.js';

type Props = Omit<
  DateInputProps,
  | 'value'
  | 'defaultValue'
  | 'onChange'
  | 'minDate'
  | 'maxDate'
  | 'excludeDate'
  | 'valueFormat'
  | 'dateParser'
  | 'locale'
> & {
  /** `YYYY-MM-DD`, or '' for no date: what the forms and the API use. */
  value: string;
  onChange(value: string): void;
  /** The earliest and latest date that can be chosen (`YYYY-MM-DD`). */
  min?: string;
  max?: string;
};

/**
 * The one date field: shows and reads dates in the UI locale's format (31-12-2026 in Dutch, 31/12/2026
 * in British English, 31.12.2026 in German; the same Intl formats as the rest of the app) with a
 * calendar in the UI language, while the form keeps `YYYY-MM-DD`. Used only from lazily loaded pages:
 * @mantine/dates and its CSS stay out of the first view.
 */
export function DateField({ value, onChange, min, max, clearable = true, ...props }: Props) {
  const { t, i18n } = useTranslation();
  const tag = i18n.language;
  const locale = useDayjsLocale(localeOfTag(tag).language);
  return (
    <DateInput
      // Mantine keeps the typed text apart from the value; a new format redraws it.
      key={tag}
      placeholder={dateExample(tag)}
      {...props}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      valueFormat={(date) => formatDateInput(date, tag)}
      dateParser={(text) => parseDateInput(text, tag)}
      locale={locale}
      // Days outside min/max cannot be picked in the calendar, but a typed one still reaches the form,
      // whose validation says what is wrong (minDate/maxDate would drop it without a word).
      excludeDate={(day) => (min !== undefined && day < min) || (max !== undefined && day > max)}
      clearable={clearable}
      clearButtonProps={{ 'aria-label': t('dateField.clear') }}
      nextLabel={t('dateField.nextMonth')}
      previousLabel={t('dateField.previousMonth')}
      ariaLabels={{
        nextMonth: t('dateField.nextMonth'),
        previousMonth: t('dateField.previousMonth'),
        nextYear: t('dateField.nextYear'),
        previousYear: t('dateField.previousYear'),
        nextDecade: t('dateField.nextDecade'),
        previousDecade: t('dateField.previousDecade'),
        monthLevelControl: t('dateField.chooseMonth'),
        yearLevelControl: t('dateField.chooseYear'),
      }}
    />
  );
}
