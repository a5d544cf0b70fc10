import { useTranslation } from 'react-i18next';
import { trpc } from '../../../lib/trpc';
import { Button } from '../../../components/ui/button';
import type { DashboardFilter } from '../../../../shared/schemas/regiegroep';
import type { DashboardState } from './use-dashboard-state';

function FilterSelect({
  label,
  value,
  onChange,
  allLabel,
  options,
}: {
  label: string;
  value: number | undefined;
  onChange: (v: number | undefined) => void;
  allLabel?: string;
  options: { id: number; name: string }[];
}) {
  return (
    <label className="inline-field">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : undefined)}>
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** School year, period, TOP-locatie, programme and organisation; every change is in the address. */
export function FilterBar({ state, whole }: { state: DashboardState; whole: boolean }) {
  const { t } = useTranslation('regiegroep');
  const options = trpc.regiegroep.dashboardOptions.useQuery().data;
  if (!options) return null;
  const f: DashboardFilter = state.filter;
  const yearId = f.schoolYearId ?? options.defaultSchoolYearId ?? undefined;
  const periods = options.schoolYears.find((y) => y.id === yearId)?.periods ?? [];
  const active = Object.keys(f).length > 0;
  return (
    <div className="toolbar filter-bar" role="group" aria-label={t('filters.label')}>
      <FilterSelect
        label={t('filters.schoolYear')}
        value={yearId}
        onChange={(v) => state.setFilter('schoolYearId', v)}
        options={options.schoolYears.map((y) => ({ id: y.id, name: y.label }))}
      />
      <FilterSelect
        label={t('filters.period')}
        value={f.periodId}
        onChange={(v) => state.setFilter('periodId', v)}
        allLabel={t('filters.wholeYear')}
        options={periods}
      />
      {whole && (
        <FilterSelect
          label={t('fields.location')}
          value={f.locationId}
          onChange={(v) => state.setFilter('locationId', v)}
          allLabel={t('filters.all')}
          options={options.locations}
        />
      )}
      <FilterSelect
        label={t('fields.programme')}
        value={f.programmeId}
        onChange={(v) => state.setFilter('programmeId', v)}
        allLabel={t('filters.all')}
        options={options.programmes}
      />
      <FilterSelect
        label={t('fields.organisation')}
        value={f.organisationId}
        onChange={(v) => state.setFilter('organisationId', v)}
        allLabel={t('filters.all')}
        options={options.organisations}
      />
      {active && (
        <Button variant="link" onClick={state.clearFilters}>
          {t('filters.clear')}
        </Button>
      )}
    </div>
  );
}
