import { useTranslation } from 'react-i18next';

/** Weekdays as short Dutch words: "ma, di, do". */
export function useDays() {
  const { t } = useTranslation();
  return (days: readonly number[]) => days.map((d) => t(`weekdaysShort.${d}`)).join(', ') || '—';
}
