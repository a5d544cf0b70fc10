import { and, asc, eq, inArray } from 'drizzle-orm';
import { beroepsbeeldProfiles, topLocations } from '../../../db/schema';
import { coverage, gapsOf, gapText, type DomainStage } from '../../../shared/domain/career';
import { getLocation } from '../locations/public';
import { shownBreakdown, shownCount } from '../regiegroep/public';
import type { ServiceContext } from '../scope';
import { AppError } from '../../errors';
import { ownLocationIds, workLocationIds } from './work-locations';

/** Those who see every team's exact counts: the projectleider (decision 090). */
const seesAllExact = (ctx: ServiceContext) => ctx.actor.roles.includes('projectleider');
/** Those who see every team, as aggregates under the "< 5" rule: the regiegroep (decision 073). */
const seesAllShielded = (ctx: ServiceContext) => ctx.actor.roles.includes('regiegroep');

/**
 * The IKC teams the actor belongs to: their own TOP-locatie as a `locatie` member, and the team their profile
 * names while they work with it (a profile saved before decision 097 may name any TOP-locatie: it no longer counts).
 */
function ownTeamIds(ctx: ServiceContext): number[] {
  const { userId, partnershipId } = ctx.actor;
  const works = workLocationIds(ctx);
  const byProfile = ctx.db
    .select({ id: beroepsbeeldProfiles.topLocationId })
    .from(beroepsbeeldProfiles)
    .where(and(eq(beroepsbeeldProfiles.userId, userId), eq(beroepsbeeldProfiles.partnershipId, partnershipId)))
    .all();
  const named = byProfile.map((r) => r.id).filter((id): id is number => id !== null && works.has(id));
  return [...new Set([...ownLocationIds(ctx), ...named])];
}

/** The teams the actor may open: every TOP-locatie for the projectleider and the regiegroep, else their own. */
export function teams(ctx: ServiceContext) {
  const all = seesAllExact(ctx) || seesAllShielded(ctx);
  const own = ownTeamIds(ctx);
  if (!all && own.length === 0) return [];
  return ctx.db
    .select({ id: topLocations.id, name: topLocations.name })
    .from(topLocations)
    .where(
      and(eq(topLocations.partnershipId, ctx.actor.partnershipId), all ? undefined : inArray(topLocations.id, own)),
    )
    .orderBy(asc(topLocations.name))
    .all()
    .map((t) => ({ ...t, own: own.includes(t.id) }));
}

/**
 * A team's coverage of the Beroepsbeeld: workers per domain × stage, and its gaps. Members and the
 * projectleider see counts; the regiegroep, outside the team, sees them under the "< 5" rule. No one's
 * name or wish leaves this function.
 */
export function teamView(ctx: ServiceContext, input: { topLocationId: number }) {
  const location = getLocation(ctx, input.topLocationId);
  const exact = seesAllExact(ctx) || ownTeamIds(ctx).includes(location.id);
  if (!exact && !seesAllShielded(ctx)) throw new AppError('FORBIDDEN', 'e.forbidden');
  const profiles = ctx.db
    .select({ domains: beroepsbeeldProfiles.domains })
    .from(beroepsbeeldProfiles)
    .where(
      and(
        eq(beroepsbeeldProfiles.partnershipId, ctx.actor.partnershipId),
        eq(beroepsbeeldProfiles.topLocationId, location.id),
      ),
    )
    .all()
    .map((p) => JSON.parse(p.domains) as DomainStage[]);
  const cells = coverage(profiles);
  return {
    location: { id: location.id, name: location.name },
    exact,
    workers: exact ? profiles.length : shownCount(profiles.length),
    cells: exact ? cells : cells.map((row) => shownBreakdown(row, true)),
    gaps: gapsOf(cells).map((gap) => ({ ...gap, text: gapText(gap) })),
  };
}
