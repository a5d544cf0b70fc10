import { and, asc, eq } from 'drizzle-orm';
import { beroepsbeeldProfiles, topLocations } from '../../../db/schema';
import type { SampleEnv, Samples } from './types';

/** The team a sample names: the actor's own TOP-locatie when they have one here, else the target's first. */
function teamOf(env: SampleEnv): number {
  const own = env.actor?.partnershipId === env.target.partnershipId ? env.actor.topLocationId : null;
  if (own !== null) return own;
  return env.db.select().from(topLocations).where(eq(topLocations.partnershipId, env.target.partnershipId)).orderBy(asc(topLocations.id)).get()!.id;
}

/** The actor's own profile (made here when missing, as consent would; the matrix rolls it back), naming `team` when it is theirs. */
function profileOf(env: SampleEnv, team: number) {
  const actor = env.actor;
  if (!actor) return { revision: 0 };
  const where = and(eq(beroepsbeeldProfiles.partnershipId, actor.partnershipId), eq(beroepsbeeldProfiles.userId, actor.userId));
  const inPartnership = env.target.partnershipId === actor.partnershipId ? team : null;
  if (!env.db.select().from(beroepsbeeldProfiles).where(where).get())
    env.db.insert(beroepsbeeldProfiles).values({ partnershipId: actor.partnershipId, userId: actor.userId, topLocationId: inPartnership, consentedAt: env.clock.now() }).run();
  else if (inPartnership !== null) env.db.update(beroepsbeeldProfiles).set({ topLocationId: inPartnership }).where(where).run();
  return env.db.select().from(beroepsbeeldProfiles).where(where).get()!;
}

export const profilesSamples: Samples = {
  'profiles.mine': { input: () => undefined, other: 'n/a' },
  'profiles.consent': { input: () => undefined, other: 'n/a' },
  'profiles.save': {
    input: (env) => {
      const team = teamOf(env);
      return {
        revision: profileOf(env, team).revision,
        topLocationId: team,
        domains: [{ domain: 'leren-ontwikkelen', stage: 'ervaren' }],
        specialisations: ['pedagogiek'],
        direction: 'verbreden',
        targetDomain: 'onderzoek-innovatie',
        wish: 'Onderzoek doen naar de peuter-kleutergroep.',
      };
    },
    other: 'notFound',
    writes: true,
  },
  'profiles.withdraw': { input: () => undefined, other: 'n/a' },
  'profiles.teams': { input: () => undefined, other: 'noLeak' },
  'profiles.team': {
    input: (env) => {
      const team = teamOf(env);
      profileOf(env, team);
      return { topLocationId: team };
    },
    other: 'notFound',
    writes: true,
  },
};
