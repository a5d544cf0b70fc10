import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import type { ReportPeriod } from '../../../shared/schemas/report';

/** A quarter of a year, or a school year of the partnership. */
export function PeriodPicker({ value, onChange }: { value: ReportPeriod; onChange: (p: ReportPeriod) => void }) {
  const { t } = useTranslation('report');
  const years = trpc.schoolYears.list.useQuery();
  const thisYear = new Date().getFullYear();
  const quarter = value.kind === 'quarter' ? value : { year: thisYear, quarter: 1 };
  const firstSchoolYear = years.data?.[0]?.id;
  return (
    <form className="inline-form report-period" aria-label={t('period')} onSubmit={(e) => e.preventDefault()}>
      <label htmlFor="report-kind">{t('kind')}</label>
      <select
        id="report-kind"
        value={value.kind}
        onChange={(e) =>
          onChange(
            e.target.value === 'schoolYear' && firstSchoolYear !== undefined
              ? { kind: 'schoolYear', schoolYearId: firstSchoolYear }
              : { kind: 'quarter', year: quarter.year, quarter: quarter.quarter },
          )
        }
      >
        <option value="quarter">{t('quarter')}</option>
        <option value="schoolYear" disabled={firstSchoolYear === undefined}>
          {t('schoolYear')}
        </option>
      </select>
      {value.kind === 'quarter' ? (
        <>
          <label htmlFor="report-year">{t('year')}</label>
          <select
            id="report-year"
            value={value.year}
            onChange={(e) => onChange({ ...value, year: Number(e.target.value) })}
          >
            {[thisYear - 2, thisYear - 1, thisYear, thisYear + 1].map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
          <label htmlFor="report-quarter">{t('quarter')}</label>
          <select
            id="report-quarter"
            value={value.quarter}
            onChange={(e) => onChange({ ...value, quarter: Number(e.target.value) })}
          >
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {`Q${q}`}
              </option>
            ))}
          </select>
        </>
      ) : (
        <>
          <label htmlFor="report-school-year">{t('schoolYear')}</label>
          <select
            id="report-school-year"
            value={value.schoolYearId}
            onChange={(e) => onChange({ kind: 'schoolYear', schoolYearId: Number(e.target.value) })}
          >
            {(years.data ?? []).map((y) => (
              <option key={y.id} value={y.id}>
                {y.label}
              </option>
            ))}
          </select>
        </>
      )}
    </form>
  );
}
