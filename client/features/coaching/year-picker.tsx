import { useTranslation } from 'react-i18next';

/** The calendar year a coaching page shows: last year, this year or next year. */
export function YearPicker({ id, year, onChange }: { id: string; year: number; onChange: (year: number) => void }) {
  const { t } = useTranslation('coaching-costs');
  return (
    <div className="inline-field year-picker">
      <label htmlFor={id}>{t('year')}</label>
      <select id={id} value={year} onChange={(e) => onChange(Number(e.target.value))}>
        {[year - 1, year, year + 1].map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
