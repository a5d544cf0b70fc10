/**
 * The Beroepsbeeld Medewerker IKC as a route and as a team's coverage (decision 090). Pure: the service
 * counts with it, the career page draws the route with it.
 */
import {
  BEROEPSBEELD_DOMAIN_CODES,
  BEROEPSBEELD_STAGES,
  domainName,
  type BeroepsbeeldDomain,
  type BeroepsbeeldStage,
  type CareerDirection,
} from './beroepsbeeld';

export interface DomainStage {
  domain: BeroepsbeeldDomain;
  stage: BeroepsbeeldStage;
}

export interface RouteStep extends DomainStage {
  /** The domain the worker chose as their target. */
  chosen: boolean;
}

const rank = (stage: BeroepsbeeldStage) => BEROEPSBEELD_STAGES.indexOf(stage);

/** The highest stage the worker reached in any domain (their stage, when they widen into another). */
export function highestStage(domains: readonly DomainStage[]): BeroepsbeeldStage | null {
  if (domains.length === 0) return null;
  return domains.reduce((best, d) => (rank(d.stage) > rank(best) ? d.stage : best), domains[0]!.stage);
}

/**
 * The next steps in the Beroepsbeeld for the chosen direction. Verdiepen: the stages after the current one
 * in the target domain (or in each of their domains when none is chosen). Verbreden: the other domains at
 * the worker's stage (the target first). No direction: no steps.
 */
export function careerRoute(
  domains: readonly DomainStage[],
  direction: CareerDirection | null,
  target: BeroepsbeeldDomain | null,
): RouteStep[] {
  if (direction === 'verdiepen') {
    const own = domains.filter((d) => target === null || d.domain === target);
    return own.flatMap((d) =>
      BEROEPSBEELD_STAGES.slice(rank(d.stage) + 1).map((stage) => ({
        domain: d.domain,
        stage,
        chosen: target !== null,
      })),
    );
  }
  if (direction === 'verbreden') {
    const stage = highestStage(domains) ?? 'in-opleiding';
    const others = BEROEPSBEELD_DOMAIN_CODES.filter((code) => !domains.some((d) => d.domain === code));
    const ordered =
      target === null ? others : [...others.filter((c) => c === target), ...others.filter((c) => c !== target)];
    return ordered.map((domain) => ({ domain, stage, chosen: domain === target }));
  }
  return [];
}

/** Workers per domain (rows, in the profile's order) and stage (columns). */
export function coverage(profiles: readonly (readonly DomainStage[])[]): number[][] {
  const cells = BEROEPSBEELD_DOMAIN_CODES.map(() => BEROEPSBEELD_STAGES.map(() => 0));
  for (const domains of profiles)
    for (const d of domains) cells[BEROEPSBEELD_DOMAIN_CODES.indexOf(d.domain)]![rank(d.stage)]! += 1;
  return cells;
}

export type GapKind = 'nobody' | 'noExpert';
export interface Gap {
  domain: BeroepsbeeldDomain;
  kind: GapKind;
}

/** A team's gaps ("hiaten in het team"): a domain no one works in, or one without an expert. */
export function gapsOf(cells: readonly (readonly number[])[]): Gap[] {
  return BEROEPSBEELD_DOMAIN_CODES.flatMap((domain, i): Gap[] => {
    const row = cells[i]!;
    if (row.every((n) => n === 0)) return [{ domain, kind: 'nobody' }];
    if (row[rank('expert')] === 0) return [{ domain, kind: 'noExpert' }];
    return [];
  });
}

/** The gap in Dutch, as exports and the profile's own words say it. */
export const gapText = (gap: Gap) =>
  `${gap.kind === 'nobody' ? 'niemand in' : 'geen expert in'} ${domainName(gap.domain)}`;
