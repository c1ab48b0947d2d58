import { useTranslation } from 'react-i18next';

/**
 * The SLA's time left in working days, worded once for the queue and the case page. The number is
 * the server's (`slaWorkingDaysLeft`: weekends and the programme country's holidays skipped), never a
 * calendar-day count made in the browser.
 */
export function useSlaLeft() {
  const { t } = useTranslation();
  return (workingDaysLeft: number | null) =>
    workingDaysLeft === null || workingDaysLeft === 0
      ? t('cases.dueToday')
      : workingDaysLeft > 0
        ? t('cases.workingDaysLeft', { count: workingDaysLeft })
        : t('cases.workingDaysOverdue', { count: -workingDaysLeft });
}
