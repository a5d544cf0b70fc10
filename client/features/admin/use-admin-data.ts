import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { INSTITUTION_TYPES } from '../../../shared/domain/organisations';

/** Select options that several administration forms share. */
export function useOrganisationOptions(only?: 'institutions') {
  const organisations = trpc.organisations.list.useQuery();
  return (organisations.data ?? [])
    .filter((o) => only !== 'institutions' || INSTITUTION_TYPES.includes(o.type))
    .map((o) => ({ value: o.id, label: o.name }));
}

export function useSchoolYearOptions() {
  const years = trpc.schoolYears.list.useQuery();
  return (years.data ?? []).map((y) => ({ value: y.id, label: y.label }));
}

export function useProgrammeOptions() {
  const programmes = trpc.programmes.list.useQuery();
  return (programmes.data ?? []).map((p) => ({ value: p.id, label: p.name }));
}

export function useCohortOptions() {
  const cohorts = trpc.cohorts.list.useQuery();
  return (cohorts.data ?? []).map((c) => ({ value: c.id, label: c.name }));
}

/** "ma, di, do" */
export function useWeekdayList() {
  const { t } = useTranslation();
  return (days: number[]) => days.map((d) => t(`weekdaysShort.${d}`)).join(', ');
}
