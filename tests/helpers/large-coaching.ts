import { eq, sql, type SQL } from 'drizzle-orm';
import {
  coachingLabels,
  coachingRoles,
  coachingTariffs,
  placementParticipants,
  placementRoundLocations,
  placementRounds,
  topLocations,
  users,
} from '../../db/schema';
import { largeRound } from './large-round';
import type { TestServer } from './server';

/** Inserts rows given as arrays through one statement over a JSON array: drizzle's builder takes seconds for 10^5 rows. */
function viaJson(db: { run: (query: SQL) => unknown }, insert: string, columns: number, rows: unknown[][]) {
  const values = Array.from({ length: columns }, (_, i) => `value ->> ${i}`).join(', ');
  db.run(sql`${sql.raw(`${insert} select ${values} from`)} json_each(${JSON.stringify(rows)})`);
}

export interface LargePartnership {
  roundId: number;
  students: number;
  placed: number;
  locations: number;
  coaches: number;
  /** Minutes this set-up labelled in ISO year 2026, per paying organisation (the seed's own come on top). */
  minutesByOrganisation: Map<number, number>;
  hourLines: number;
}

/**
 * A large Eindhoven (decision 098): a published round of `students` students over `locations` new TOP-locaties
 * (from largeRound, most placed at their first choice), spread over the partnership's organisations, each with
 * 2026's rekentool figures; `coaches` coaches with a role tariff (every fourth a personal one) labelling four
 * lines a week, weeks 1–47 of 2026. Deterministic; all in one transaction.
 */
export function largePartnership(
  s: Pick<TestServer, 'db' | 'region' | 'clock'>,
  size: { students: number; locations: number; coaches: number },
): LargePartnership {
  const ids = s.region.eindhoven;
  const now = s.clock.now();
  const roundId = largeRound(s, { students: size.students, locations: size.locations });
  const orgIds = Object.values(ids.organisationIds);
  return s.db.transaction((tx) => {
    const roundLocations = tx
      .select({ id: placementRoundLocations.id, locationId: placementRoundLocations.locationId })
      .from(placementRoundLocations)
      .where(eq(placementRoundLocations.roundId, roundId))
      .all();
    roundLocations.forEach((l, i) =>
      tx
        .update(topLocations)
        .set({ organisationId: orgIds[i % orgIds.length]! })
        .where(eq(topLocations.id, l.locationId))
        .run(),
    );
    // Published, with nine in ten placed at their first choice.
    tx.update(placementRounds).set({ status: 'gepubliceerd' }).where(eq(placementRounds.id, roundId)).run();
    const userId = ids.userIdByEmail['projectleider@eindhoven.demo']!;
    const firstChoices = tx.all<{ participant: number; location: number }>(
      sql`select p.id as participant, f.round_location_id as location from ${placementParticipants} p
          join placement_preference f on f.participant_id = p.id and f.rank = 1 where p.round_id = ${roundId}`,
    );
    const placed = firstChoices.filter((_, i) => i % 10 !== 0);
    viaJson(
      tx,
      'insert into placement_assignment (participant_id, round_id, round_location_id, days, source, updated_by, updated_at)',
      7,
      placed.map((p) => [p.participant, roundId, p.location, '[1,2]', 'engine', userId, now]),
    );
    viaJson(
      tx,
      'insert into coaching_location_figures (partnership_id, location_id, year, ve_children, fte_pm, fixed_base_hours, created_at)',
      7,
      roundLocations.map((l, i) => [ids.partnershipId, l.locationId, 2026, (i * 7) % 40, 2 + (i % 9), 0, now]),
    );

    const roleIds = tx
      .select({ id: coachingRoles.id })
      .from(coachingRoles)
      .where(eq(coachingRoles.partnershipId, ids.partnershipId))
      .all()
      .map((r) => r.id);
    const labelIds = tx
      .select({ id: coachingLabels.id })
      .from(coachingLabels)
      .where(eq(coachingLabels.partnershipId, ids.partnershipId))
      .all()
      .map((l) => l.id);
    const coachUsers = tx
      .insert(users)
      .values(
        Array.from({ length: size.coaches }, (_, i) => ({
          email: `coach${i}@schaal.test`,
          name: `Coach ${String(i).padStart(3, '0')}`,
          createdAt: now,
        })),
      )
      .returning({ id: users.id })
      .all()
      .map((u) => u.id);
    viaJson(
      tx,
      'insert into coach (partnership_id, user_id, coaching_role_id, location_id, organisation_id, created_at)',
      6,
      coachUsers.map((u, i) => [
        ids.partnershipId,
        u,
        roleIds[i % roleIds.length]!,
        roundLocations[i % roundLocations.length]!.locationId,
        orgIds[i % orgIds.length]!,
        now,
      ]),
    );
    const coachRows = tx.all<{ id: number; userId: number }>(
      sql`select id, user_id as userId from coach where user_id >= ${coachUsers[0]!} order by id`,
    );
    // Role tariffs may come from the seed; every fourth coach a personal one.
    for (const roleId of roleIds)
      tx.insert(coachingTariffs)
        .values({
          partnershipId: ids.partnershipId,
          year: 2026,
          coachingRoleId: roleId,
          centsPerHour: 6500,
          createdAt: now,
        })
        .onConflictDoNothing()
        .run();
    coachUsers
      .filter((_, i) => i % 4 === 0)
      .forEach((u, i) =>
        tx
          .insert(coachingTariffs)
          .values({ partnershipId: ids.partnershipId, year: 2026, userId: u, centsPerHour: 5000 + i, createdAt: now })
          .run(),
      );
    viaJson(
      tx,
      'insert into coaching_week (partnership_id, coach_id, iso_year, iso_week, created_at)',
      5,
      coachRows.flatMap((c) => Array.from({ length: 47 }, (_, w) => [ids.partnershipId, c.id, 2026, w + 1, now])),
    );
    const weeks = tx.all<{ id: number; coachId: number; week: number }>(
      sql`select w.id, w.coach_id as coachId, w.iso_week as week from coaching_week w
          where w.coach_id >= ${coachRows[0]!.id} and w.iso_year = 2026`,
    );
    const minutesByOrganisation = new Map<number, number>();
    const lines: number[][] = [];
    for (const w of weeks)
      for (let k = 0; k < 4; k++) {
        const organisationId = orgIds[(w.coachId + k) % orgIds.length]!;
        const minutes = 30 + ((w.coachId * 7 + w.week * 3 + k * 11) % 8) * 30;
        const locationId = roundLocations[(w.coachId * 3 + k) % roundLocations.length]!.locationId;
        lines.push([w.id, labelIds[(w.week + k) % labelIds.length]!, locationId, organisationId, minutes]);
        minutesByOrganisation.set(organisationId, (minutesByOrganisation.get(organisationId) ?? 0) + minutes);
      }
    for (let i = 0; i < lines.length; i += 10_000)
      viaJson(
        tx,
        'insert into coaching_hours (week_id, label_id, location_id, organisation_id, minutes)',
        5,
        lines.slice(i, i + 10_000),
      );
    return {
      roundId,
      students: size.students,
      placed: placed.length,
      locations: roundLocations.length,
      coaches: coachRows.length,
      minutesByOrganisation,
      hourLines: lines.length,
    };
  });
}
