/**
 * Demo costs (docs/decisions/089): this year's tariff for every coaching role and mentor-team role, one
 * personal tariff, a key for the mentor team, and five more pedagogisch beleidsmedewerkers / coaches at
 * the IB'er's organisation and one at another — so the regiegroep's overview shows the IB'er's
 * organisation's quarters as figures beside small groups it hides (two per quarter: none gives another away).
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import type { FeatureSeed } from '../../seed/feature-seeds';
import type { DemoPartnershipIds } from '../../seed/seed-core';
import {
  coaches,
  coachingHours,
  coachingLabels,
  coachingRoles,
  coachingTariffs,
  coachingWeeks,
  memberships,
  mentorTeamCostKeys,
  mentorTeamCostShares,
  mentorTeamOrganisations,
  mentorTeams,
  users,
} from '../../../db/schema';
import { DEFAULT_COACHING_ROLES } from '../../../shared/domain/coaching';
import { addWeeks, isoDateAt, isoWeek } from '../../../shared/domain/dates';

/** Euro cents per hour, in DEFAULT_COACHING_ROLES order, then per mentor-team role. */
const ROLE_TARIFFS = [5250, 5875, 4800];
const TEAM_ROLE_TARIFFS = { praktijkopleider: 4725, 'roc-docent': 6150, 'hogeschool-docent': 6400 };
const PERSONAL_TARIFF = 5500;
const WEEKS = 16;
/** The extra coaches' usual week: begeleiding studenten, weekoverleg, coaching pm'ers. */
const COACH_WEEK: [string, number][] = [
  ['Begeleiding studenten', 2],
  ['Weekoverleg', 1],
  ["Coaching pm'ers", 3],
];
/** The sixth coach works elsewhere, on other labels: a small group the regiegroep sees as "< 5". */
const ELSEWHERE_WEEK: [string, number][] = [
  ['VE-beleid', 2],
  ['Zorg en begeleiding kinderen', 1.5],
];
const EXTRA_COACHES = {
  eindhoven: [
    'Marloes Hendriks',
    'Bas van der Velden',
    'Naima El Idrissi',
    'Joyce Verhoeven',
    'Tim Smulders',
    'Ilse Brands',
  ],
  rotterdam: ['Fatima Bouzid', 'Ruud de Graaf', 'Sanne Kok', 'Dewi Soeperman', 'Jeroen Vos', 'Annelies Mulder'],
} as const;

function extraCoaches(db: Db, now: number, ids: DemoPartnershipIds, key: keyof typeof EXTRA_COACHES) {
  const { partnershipId } = ids;
  const ib = db.select().from(coaches).where(eq(coaches.partnershipId, partnershipId)).get();
  const role = db
    .select()
    .from(coachingRoles)
    .where(and(eq(coachingRoles.partnershipId, partnershipId), eq(coachingRoles.name, DEFAULT_COACHING_ROLES[1])))
    .get();
  if (!ib || !role) return;
  const labelIds = new Map(
    db
      .select()
      .from(coachingLabels)
      .where(eq(coachingLabels.partnershipId, partnershipId))
      .all()
      .map((l) => [l.name, l.id]),
  );
  const today = isoWeek(isoDateAt(now));
  // Another organisation pays the sixth: one that is neither the IB'er's nor adopts the mentor team, if any.
  const adopting = new Set(
    db
      .select()
      .from(mentorTeamOrganisations)
      .all()
      .map((a) => a.organisationId),
  );
  const others = Object.values(ids.organisationIds).filter((id) => id !== ib.organisationId);
  const elsewhere = others.find((id) => !adopting.has(id)) ?? others[0] ?? null;
  EXTRA_COACHES[key].forEach((name, n) => {
    const away = n === 5 && elsewhere !== null;
    const at = { locationId: ib.locationId, organisationId: away ? elsewhere : ib.organisationId };
    const email = `coach${n + 1}@${key}.demo`;
    const userId = db.insert(users).values({ email, name, createdAt: now }).returning().get().id;
    db.insert(memberships)
      .values({ userId, partnershipId, role: 'locatie', topLocationId: at.locationId, createdAt: now })
      .run();
    const values = { partnershipId, userId, coachingRoleId: role.id, locationId: at.locationId };
    const coachId = db
      .insert(coaches)
      .values({ ...values, organisationId: at.organisationId, createdAt: now })
      .returning()
      .get().id;
    for (let back = WEEKS; back >= 1; back--) {
      const week = addWeeks(today, -back);
      const weekId = db
        .insert(coachingWeeks)
        .values({ partnershipId, coachId, isoYear: week.year, isoWeek: week.week, createdAt: now })
        .returning()
        .get().id;
      for (const [label, hours] of away ? ELSEWHERE_WEEK : COACH_WEEK) {
        const labelId = labelIds.get(label);
        // Each coach a little different, so no two people's hours are alike.
        if (labelId !== undefined)
          db.insert(coachingHours)
            .values({
              weekId,
              labelId,
              ...at,
              minutes: (hours + n * 0.25) * 60,
            })
            .run();
      }
    }
  });
}

function tariffsAndKey(db: Db, now: number, ids: DemoPartnershipIds, year: number) {
  const { partnershipId } = ids;
  const roles = db.select().from(coachingRoles).where(eq(coachingRoles.partnershipId, partnershipId)).all();
  DEFAULT_COACHING_ROLES.forEach((name, i) => {
    const role = roles.find((r) => r.name === name);
    if (role)
      db.insert(coachingTariffs)
        .values({ partnershipId, year, coachingRoleId: role.id, centsPerHour: ROLE_TARIFFS[i]!, createdAt: now })
        .run();
  });
  for (const [teamRole, centsPerHour] of Object.entries(TEAM_ROLE_TARIFFS))
    db.insert(coachingTariffs).values({ partnershipId, year, teamRole, centsPerHour, createdAt: now }).run();
  const mentor = Object.entries(ids.userIdByEmail).find(([email]) => email.startsWith('mentor@'))?.[1];
  if (mentor !== undefined)
    db.insert(coachingTariffs)
      .values({ partnershipId, year, userId: mentor, centsPerHour: PERSONAL_TARIFF, createdAt: now })
      .run();
  // The team's key: 60/40 over two adopting organisations; over three 40/35/25.
  const team = db.select().from(mentorTeams).where(eq(mentorTeams.partnershipId, partnershipId)).get();
  if (!team) return;
  const adopters = db.select().from(mentorTeamOrganisations).where(eq(mentorTeamOrganisations.teamId, team.id)).all();
  const parts = adopters.length === 2 ? [6000, 4000] : adopters.length === 3 ? [4000, 3500, 2500] : [];
  if (!parts.length) return;
  const keyId = db
    .insert(mentorTeamCostKeys)
    .values({ partnershipId, teamId: team.id, year, createdAt: now })
    .returning()
    .get().id;
  adopters.forEach((a, i) =>
    db.insert(mentorTeamCostShares).values({ keyId, organisationId: a.organisationId, basisPoints: parts[i]! }).run(),
  );
}

export const coachingCostsSeed: FeatureSeed = (db, clock, region) => {
  const now = clock.now();
  const year = Number(isoDateAt(now).slice(0, 4));
  for (const key of ['eindhoven', 'rotterdam'] as const) {
    extraCoaches(db, now, region[key], key);
    tariffsAndKey(db, now, region[key], year);
  }
};
