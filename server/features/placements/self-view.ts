import { eq, inArray } from 'drizzle-orm';
import { topLocations, users } from '../../../db/schema';
import { greatCircleKm } from './engine/geo';
import type { RoundData, RoundIndex } from './round-data';
import type { ServiceContext } from '../scope';

/**
 * What a student is told about a round (self.service.ts). The phase is the student's, not the
 * round's internal status: a trial run by the projectleider ("gedraaid") changes nothing for them —
 * the round stays open for their choices until it is published (or the projectleider closes it).
 */
export type StudentPhase = 'open' | 'closed' | 'published';

export function studentPhase(status: string, studentEntryOpen: boolean): StudentPhase {
  if (status === 'gepubliceerd') return 'published';
  return studentEntryOpen ? 'open' : 'closed';
}

/**
 * A draft or a test round is none of the student's business: they see a round that is published, open
 * for their choices, or one they have already chosen in (so they always see the choices they submitted).
 */
export function visibleToStudent(phase: StudentPhase, submittedChoices: number): boolean {
  return phase !== 'closed' || submittedChoices > 0;
}

/** Distance in km with one decimal (the screen writes it the Dutch way: "18,1 km"); null without coordinates. */
function distanceKm(home: { lat: number | null; lon: number | null }, at: { lat: number | null; lon: number | null }) {
  if (home.lat === null || home.lon === null || at.lat === null || at.lon === null) return null;
  return Math.round(greatCircleKm({ lat: home.lat, lon: home.lon }, { lat: at.lat, lon: at.lon }) * 10) / 10;
}

/**
 * The locations a student can choose from, with what they need to choose well: address, distance from
 * home, the programmes offered and the open days. One that does not offer their programme is marked and
 * cannot be chosen (saveMyPreferences refuses it too).
 */
export function choicesFor(ctx: ServiceContext, data: RoundData, index: RoundIndex, participantId: number) {
  const me = index.participantById.get(participantId)!;
  const addresses = new Map(
    (data.locations.length
      ? ctx.db
          .select({
            id: topLocations.id,
            address: topLocations.address,
            postcode: topLocations.postcode,
            city: topLocations.city,
          })
          .from(topLocations)
          .where(
            inArray(
              topLocations.id,
              data.locations.map((l) => l.locationId),
            ),
          )
          .all()
      : []
    ).map((a) => [a.id, a]),
  );
  return data.locations.map((l) => {
    const a = addresses.get(l.locationId);
    return {
      id: l.id,
      name: l.name,
      address: a ? [a.address, [a.postcode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') : '',
      distanceKm: distanceKm({ lat: me.homeLat, lon: me.homeLon }, l),
      openDays: l.openDays,
      programmes: l.programmeCapacity.map((c) => index.programmeById.get(c.programmeId)?.name ?? '').filter(Boolean),
      offersProgramme: l.programmeCapacity.some((c) => c.programmeId === me.programmeId),
    };
  });
}

/** Whom an unplaced student contacts: the projectleider who runs the round. */
export function roundContact(ctx: ServiceContext, userId: number) {
  const u = ctx.db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId)).get();
  return u ?? null;
}
