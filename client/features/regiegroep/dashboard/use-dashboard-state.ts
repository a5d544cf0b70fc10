import { useSearchParams } from 'react-router';
import type { DashboardFilter } from '../../../../shared/schemas/regiegroep';

/**
 * The dashboard's filters and the open drill-down live in the address (?jaar=1&opleiding=5&detail=team&team=3),
 * so a view can be shared, the back button closes a drill-down, and a reload keeps the view.
 */
const FILTER_PARAMS = {
  schoolYearId: 'jaar',
  periodId: 'periode',
  locationId: 'locatie',
  programmeId: 'opleiding',
  organisationId: 'organisatie',
} as const;

export type DrillKind = 'team' | 'signalen' | 'plaatsing' | 'dilemmas' | 'principes' | 'actiepunten';
export interface Drill {
  kind: DrillKind;
  /** Kind-specific narrowing, as strings from the address (e.g. { team: '3' }, { domain: 'leren-ontwikkelen' }). */
  args: Record<string, string>;
}

const positive = (v: string | null) => (v && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : undefined);

export function useDashboardState() {
  const [params, setParams] = useSearchParams();
  const filter: DashboardFilter = {};
  for (const [key, param] of Object.entries(FILTER_PARAMS)) {
    const value = positive(params.get(param));
    if (value !== undefined) filter[key as keyof DashboardFilter] = value;
  }
  const kind = params.get('detail') as DrillKind | null;
  const drill: Drill | null = kind
    ? {
        kind,
        args: Object.fromEntries([...params].filter(([k]) => k.startsWith('d.')).map(([k, v]) => [k.slice(2), v])),
      }
    : null;

  const setFilter = (key: keyof DashboardFilter, value: number | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined) next.delete(FILTER_PARAMS[key]);
    else next.set(FILTER_PARAMS[key], String(value));
    // A new school year has other periods.
    if (key === 'schoolYearId') next.delete(FILTER_PARAMS.periodId);
    setParams(next);
  };
  const openDrill = (next: Drill | null) => {
    const p = new URLSearchParams([...params].filter(([k]) => k !== 'detail' && !k.startsWith('d.')));
    if (next) {
      p.set('detail', next.kind);
      for (const [k, v] of Object.entries(next.args)) p.set(`d.${k}`, v);
    }
    setParams(p);
  };
  return { filter, setFilter, clearFilters: () => setParams(new URLSearchParams()), drill, openDrill };
}
export type DashboardState = ReturnType<typeof useDashboardState>;
