import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import {
  mentorTeamCostKeys,
  mentorTeamCostShares,
  mentorTeamOrganisations,
  mentorTeams,
  organisations,
} from '../../../db/schema';
import type { Db } from '../../../db/client';
import type { saveCostKeySchema } from '../../../shared/schemas/coaching-costs';
import type { KeyPart } from './cost-split';
import { AppError } from '../../errors';
import { auditAs, found, revised, uniqueOr, type ServiceContext } from '../scope';

/** Each mentor team with its adopting organisations and its key for the year (null: equal shares). */
export function costKeysOf(ctx: ServiceContext, year: number) {
  const teams = ctx.db
    .select({ id: mentorTeams.id, name: mentorTeams.name })
    .from(mentorTeams)
    .where(eq(mentorTeams.partnershipId, ctx.actor.partnershipId))
    .orderBy(asc(mentorTeams.name))
    .all();
  const ids = teams.map((t) => t.id);
  const adopters = ids.length
    ? ctx.db
        .select({ teamId: mentorTeamOrganisations.teamId, id: organisations.id, name: organisations.name })
        .from(mentorTeamOrganisations)
        .innerJoin(organisations, eq(organisations.id, mentorTeamOrganisations.organisationId))
        .where(inArray(mentorTeamOrganisations.teamId, ids))
        .orderBy(asc(organisations.name))
        .all()
    : [];
  const keys = ids.length
    ? ctx.db
        .select({ id: mentorTeamCostKeys.id, teamId: mentorTeamCostKeys.teamId, revision: mentorTeamCostKeys.revision })
        .from(mentorTeamCostKeys)
        .where(and(inArray(mentorTeamCostKeys.teamId, ids), eq(mentorTeamCostKeys.year, year)))
        .all()
    : [];
  const shares = keys.length
    ? ctx.db
        .select()
        .from(mentorTeamCostShares)
        .where(
          inArray(
            mentorTeamCostShares.keyId,
            keys.map((k) => k.id),
          ),
        )
        .all()
    : [];
  return teams.map((team) => {
    const key = keys.find((k) => k.teamId === team.id);
    return {
      ...team,
      organisations: adopters.filter((a) => a.teamId === team.id).map(({ id, name }) => ({ id, name })),
      key: key
        ? {
            revision: key.revision,
            shares: shares
              .filter((s) => s.keyId === key.id)
              .map((s) => ({ organisationId: s.organisationId, percent: s.basisPoints / 100 })),
          }
        : null,
    };
  });
}

/** Sets a team's key for a year: one percentage per adopting organisation, together 100 (checked by the schema). */
export function saveCostKey(ctx: ServiceContext, input: z.output<typeof saveCostKeySchema>) {
  const { teamId, year, revision, shares } = input;
  const { partnershipId } = ctx.actor;
  found(
    ctx.db
      .select({ id: mentorTeams.id })
      .from(mentorTeams)
      .where(and(eq(mentorTeams.id, teamId), eq(mentorTeams.partnershipId, partnershipId)))
      .get(),
  );
  const adopting = new Set(
    ctx.db
      .select({ id: mentorTeamOrganisations.organisationId })
      .from(mentorTeamOrganisations)
      .where(eq(mentorTeamOrganisations.teamId, teamId))
      .all()
      .map((a) => a.id),
  );
  const named = new Set(shares.map((s) => s.organisationId));
  if (named.size !== shares.length || named.size !== adopting.size || [...named].some((id) => !adopting.has(id)))
    throw new AppError('BAD_REQUEST', 'v.coaching.keyOrganisations', 'shares');
  return uniqueOr(
    () =>
      ctx.db.transaction((tx) => {
        const existing = tx
          .select({ id: mentorTeamCostKeys.id })
          .from(mentorTeamCostKeys)
          .where(and(eq(mentorTeamCostKeys.teamId, teamId), eq(mentorTeamCostKeys.year, year)))
          .get();
        let id: number;
        let next = 0;
        if (existing) {
          next = revised(ctx, 'mentor_team_cost_key', existing.id, revision ?? -1);
          tx.delete(mentorTeamCostShares).where(eq(mentorTeamCostShares.keyId, existing.id)).run();
          id = existing.id;
        } else {
          if (revision !== null) throw new AppError('NOT_FOUND', 'e.notFound');
          const values = { partnershipId, teamId, year, createdAt: ctx.clock.now() };
          id = tx.insert(mentorTeamCostKeys).values(values).returning({ id: mentorTeamCostKeys.id }).get().id;
        }
        tx.insert(mentorTeamCostShares)
          .values(
            shares.map((s) => ({
              keyId: id,
              organisationId: s.organisationId,
              basisPoints: Math.round(s.percent * 100),
            })),
          )
          .run();
        auditAs(ctx, {
          action: 'mentor_team_cost_key.save',
          subjectType: 'mentor_team',
          subjectId: teamId,
          detail: { year },
        });
        return { id, revision: next };
      }),
    'e.coaching.savedMeanwhile',
    'year',
  );
}

/** Each team's key per year (basis points), else equal shares over its adopting organisations. */
export function keysOf(db: Db, partnershipId: number, years: number[]) {
  const adopters = new Map<number, number[]>();
  const adopting = db
    .select({ teamId: mentorTeamOrganisations.teamId, organisationId: mentorTeamOrganisations.organisationId })
    .from(mentorTeamOrganisations)
    .innerJoin(mentorTeams, eq(mentorTeams.id, mentorTeamOrganisations.teamId))
    .where(eq(mentorTeams.partnershipId, partnershipId))
    .all();
  for (const a of adopting) adopters.set(a.teamId, [...(adopters.get(a.teamId) ?? []), a.organisationId]);
  const agreed = new Map<string, KeyPart[]>();
  const shares = db
    .select({
      teamId: mentorTeamCostKeys.teamId,
      year: mentorTeamCostKeys.year,
      organisationId: mentorTeamCostShares.organisationId,
      weight: mentorTeamCostShares.basisPoints,
    })
    .from(mentorTeamCostShares)
    .innerJoin(mentorTeamCostKeys, eq(mentorTeamCostKeys.id, mentorTeamCostShares.keyId))
    .where(and(eq(mentorTeamCostKeys.partnershipId, partnershipId), inArray(mentorTeamCostKeys.year, years)))
    .all();
  for (const s of shares) {
    const key = `${s.teamId}:${s.year}`;
    agreed.set(key, [...(agreed.get(key) ?? []), { organisationId: s.organisationId, weight: s.weight }]);
  }
  return (teamId: number, year: number): KeyPart[] =>
    (
      agreed.get(`${teamId}:${year}`) ??
      (adopters.get(teamId) ?? []).map((organisationId) => ({ organisationId, weight: 1 }))
    )
      .slice()
      .sort((a, b) => a.organisationId - b.organisationId);
}
