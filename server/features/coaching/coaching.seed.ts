/**
 * Demo content: the default labels (with the share each should take) and coaching roles, the demo locatie
 * account (in Rotterdam ib@) as an IB'er 0-4 and the demo mentor as mentorteamlid, with labelled weeks up to last week (the
 * IB'er's weekoverleg "leaks" above its share), and for this year the rekentool's norm and each location's
 * figures (one location without VE children; in Rotterdam a "vaste voet" for a small municipality).
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import type { FeatureSeed } from '../../seed/feature-seeds';
import type { DemoPartnershipIds } from '../../seed/seed-core';
import {
  coaches,
  coachingHours,
  coachingLabels,
  coachingLocationFigures,
  coachingNorms,
  coachingRoles,
  coachingWeeks,
  memberships,
  topLocations,
} from '../../../db/schema';
import { DEFAULT_COACHING_LABELS, DEFAULT_COACHING_ROLES, NORM_PRESETS } from '../../../shared/domain/coaching';
import { addWeeks, isoDateAt, isoWeek } from '../../../shared/domain/dates';

/** Per label (in DEFAULT_COACHING_LABELS order): its share in percent, and the IB'er's and the mentor's usual week. */
const SHARES = [25, 10, 15, 10, 10, 15, 5, 10];
const IB_WEEK = [3, 2.5, 1.5, 1, 0.5, 1.5, 0.5, 1.5];
const MENTOR_WEEK = [3, 1.5, 1, 0.5, 0, 0, 0, 0];
const WEEKS = 16;

/** The demo account of a role ("locatie@…"), with the TOP-locatie its membership is for. */
function demoAccount(db: Db, ids: DemoPartnershipIds, role: string) {
  const userId = Object.entries(ids.userIdByEmail).find(([email]) => email.startsWith(`${role}@`))?.[1];
  if (userId === undefined) return undefined;
  const membership = db
    .select({ locationId: memberships.topLocationId })
    .from(memberships)
    .where(
      and(eq(memberships.partnershipId, ids.partnershipId), eq(memberships.userId, userId), eq(memberships.role, role)),
    )
    .get();
  return { userId, locationId: membership?.locationId ?? null };
}

function seedPartnership(db: Db, now: number, ids: DemoPartnershipIds, smallMunicipality: boolean) {
  const partnershipId = ids.partnershipId;
  const labelIds = DEFAULT_COACHING_LABELS.map(
    (name, position) =>
      db
        .insert(coachingLabels)
        .values({ partnershipId, name, position, sharePercent: SHARES[position] ?? null, createdAt: now })
        .returning()
        .get().id,
  );
  const roleIds = DEFAULT_COACHING_ROLES.map(
    (name) => db.insert(coachingRoles).values({ partnershipId, name, createdAt: now }).returning().get().id,
  );
  const locations = db.select().from(topLocations).where(eq(topLocations.partnershipId, partnershipId)).all();
  const first = locations[0]!;
  const today = isoWeek(isoDateAt(now));
  const coach = (role: string, roleId: number, pattern: number[]) => {
    const person = demoAccount(db, ids, role);
    if (!person) return;
    const location = locations.find((l) => l.id === person.locationId) ?? first;
    const coachId = db
      .insert(coaches)
      .values({
        partnershipId,
        userId: person.userId,
        coachingRoleId: roleId,
        locationId: location.id,
        organisationId: location.organisationId,
        createdAt: now,
      })
      .returning()
      .get().id;
    for (let back = WEEKS; back >= 1; back--) {
      const week = addWeeks(today, -back);
      const weekId = db
        .insert(coachingWeeks)
        .values({
          partnershipId,
          coachId,
          isoYear: week.year,
          isoWeek: week.week,
          createdAt: now,
          updatedAt: now,
          updatedBy: person.userId,
        })
        .returning()
        .get().id;
      pattern.forEach((hours, i) => {
        // Some weeks a little more or less, so the months differ.
        const minutes = Math.round((hours + ((back + i) % 3 === 0 ? 0.5 : 0)) * 60) * (hours > 0 ? 1 : 0);
        if (minutes > 0)
          db.insert(coachingHours)
            .values({
              weekId,
              labelId: labelIds[i]!,
              locationId: location.id,
              organisationId: location.organisationId,
              minutes,
            })
            .run();
      });
    }
  };
  coach('locatie', roleIds[0]!, IB_WEEK);
  coach('ib', roleIds[0]!, IB_WEEK); // Rotterdam's IB'er 0-4 (ib@rotterdam.demo, decision 091)
  coach('mentor', roleIds[2]!, MENTOR_WEEK);

  const year = today.year;
  const norm = smallMunicipality ? { ...NORM_PRESETS.veChild, countsFixedBase: true } : NORM_PRESETS.both;
  db.insert(coachingNorms)
    .values({ partnershipId, year, ...norm, createdAt: now })
    .run();
  locations.forEach((location, i) => {
    db.insert(coachingLocationFigures)
      .values({
        partnershipId,
        locationId: location.id,
        year,
        // The last location has no VE children.
        veChildren: i === locations.length - 1 ? 0 : 4 + ((i * 5) % 11),
        ftePm: 3 + (i % 4) * 1.5,
        fixedBaseHours: smallMunicipality ? 60 : 0,
        createdAt: now,
      })
      .run();
  });
}

export const coachingSeed: FeatureSeed = (db, clock, region) => {
  seedPartnership(db, clock.now(), region.eindhoven, false);
  seedPartnership(db, clock.now(), region.rotterdam, true);
};
