/**
 * The rekentool's arithmetic, apart from the database (docs/decisions/085): hours due per location by the
 * norm, against the hours labelled there; per organisation, label and month; and where time "leaks".
 */
import { hoursDue, type CoachingNorm, type LocationFigures } from '../../../shared/domain/coaching';

export interface RekenLocation extends LocationFigures {
  id: number;
  name: string;
  organisationId: number;
  organisationName: string;
}
export interface RekenLine {
  locationId: number;
  organisationId: number;
  organisationName: string;
  labelId: number;
  month: number;
  minutes: number;
}
export interface RekenLabel {
  id: number;
  name: string;
  sharePercent: number | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const hoursOf = (minutes: number | undefined) => round1((minutes ?? 0) / 60);

/** Adds minutes to a key's sum. */
function addTo<K>(sums: Map<K, number>, key: K, minutes: number) {
  sums.set(key, (sums.get(key) ?? 0) + minutes);
}

/** Labelled minutes per location, organisation (with its name, in the order lines name them), label and month. */
export interface LabelledSums {
  location: Map<number, number>;
  organisation: Map<number, { name: string; minutes: number }>;
  label: Map<number, number>;
  month: Map<number, number>;
  total: number;
}

/** The lines summed in one pass: the rekentool of a few lines by hand (the service sums in SQL, decision 099). */
export function sumsOfLines(lines: RekenLine[]): LabelledSums {
  const sums: LabelledSums = {
    location: new Map(),
    organisation: new Map(),
    label: new Map(),
    month: new Map(),
    total: 0,
  };
  for (const l of lines) {
    addTo(sums.location, l.locationId, l.minutes);
    const organisation = sums.organisation.get(l.organisationId) ?? { name: l.organisationName, minutes: 0 };
    sums.organisation.set(l.organisationId, { ...organisation, minutes: organisation.minutes + l.minutes });
    addTo(sums.label, l.labelId, l.minutes);
    addTo(sums.month, l.month, l.minutes);
    sums.total += l.minutes;
  }
  return sums;
}

/** Due against labelled: from the lines themselves, or from their sums (the service's, made in SQL). */
export function compareDueAndLabelled(
  norm: CoachingNorm,
  locations: RekenLocation[],
  labels: RekenLabel[],
  lines: RekenLine[] | LabelledSums,
) {
  const sums = Array.isArray(lines) ? sumsOfLines(lines) : lines;
  const byLocation = locations.map((location) => {
    const due = hoursDue(norm, location);
    const labelled = hoursOf(sums.location.get(location.id));
    return { id: location.id, name: location.name, due, labelled, difference: round1(labelled - due) };
  });
  const dueTotal = round1(byLocation.reduce((n, l) => n + l.due, 0));
  const labelledTotal = hoursOf(sums.total);

  // Due hours belong to the organisation that runs the location; labelled hours to the one that pays them.
  const organisations = new Map<number, string>();
  for (const l of locations) organisations.set(l.organisationId, l.organisationName);
  for (const [id, { name }] of sums.organisation) organisations.set(id, name);
  const dueOf = new Map<number, number>();
  byLocation.forEach((l, i) => addTo(dueOf, locations[i]!.organisationId, l.due));
  const byOrganisation = [...organisations].map(([id, name]) => {
    const due = round1(dueOf.get(id) ?? 0);
    const labelled = hoursOf(sums.organisation.get(id)?.minutes);
    return { id, name, due, labelled, difference: round1(labelled - due) };
  });

  // A label "leaks" when it takes a larger part of the labelled hours than its share.
  const byLabel = labels.map((label) => {
    const labelled = hoursOf(sums.label.get(label.id));
    const part = labelledTotal > 0 ? Math.round((labelled / labelledTotal) * 1000) / 10 : 0;
    const leaks = label.sharePercent !== null && part > label.sharePercent;
    const expected = label.sharePercent === null ? null : round1((dueTotal * label.sharePercent) / 100);
    return { id: label.id, name: label.name, sharePercent: label.sharePercent, labelled, part, expected, leaks };
  });

  // The year's due hours spread evenly over its twelve months.
  const byMonth = Array.from({ length: 12 }, (_, i) => {
    const due = round1(dueTotal / 12);
    const labelled = hoursOf(sums.month.get(i + 1));
    return { month: i + 1, due, labelled, difference: round1(labelled - due) };
  });

  return {
    dueTotal,
    labelledTotal,
    difference: round1(labelledTotal - dueTotal),
    byLocation,
    byOrganisation,
    byLabel,
    byMonth,
  };
}
