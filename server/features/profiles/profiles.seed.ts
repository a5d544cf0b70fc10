/**
 * Demo content: in each partnership one IKC team with two workers' profiles and visible gaps (nobody is an
 * expert in Onderzoek & Innovatie). Eindhoven's werkbegeleider of De Regenboog has none yet: she can fill
 * hers in (the browser test does).
 */
import type { Db } from '../../../db/client';
import type { FeatureSeed } from '../../seed/feature-seeds';
import type { DemoPartnershipIds } from '../../seed/seed-core';
import { beroepsbeeldProfiles } from '../../../db/schema';
import type { DomainStage } from '../../../shared/domain/career';
import type {
  BeroepsbeeldDomain,
  BeroepsbeeldSpecialisation,
  CareerDirection,
} from '../../../shared/domain/beroepsbeeld';

interface DemoProfile {
  email: string;
  location: string;
  domains: DomainStage[];
  specialisations: BeroepsbeeldSpecialisation[];
  direction: CareerDirection;
  targetDomain: BeroepsbeeldDomain;
  wish: string;
}

const EINDHOVEN: DemoProfile[] = [
  {
    email: 'locatie@eindhoven.demo',
    location: 'Kindcentrum Wittering.nl',
    domains: [
      { domain: 'leren-ontwikkelen', stage: 'ervaren' },
      { domain: 'onderzoek-innovatie', stage: 'starter' },
    ],
    specialisations: ['psychologie-orthopedagogiek'],
    direction: 'verdiepen',
    targetDomain: 'onderzoek-innovatie',
    wish: 'Praktijkgericht onderzoek naar de overgang van peuter naar kleuter opzetten, samen met de hogeschool.',
  },
  {
    email: 'mentor@eindhoven.demo',
    location: 'Kindcentrum Wittering.nl',
    domains: [
      { domain: 'leren-ontwikkelen', stage: 'expert' },
      { domain: 'professionele-versterking', stage: 'ervaren' },
    ],
    specialisations: ['pedagogiek', 'vakdidactiek'],
    direction: 'verbreden',
    targetDomain: 'organisatie-samenwerking',
    wish: 'Meedenken in het overleg met de gemeente over voor- en vroegschoolse educatie.',
  },
];

const ROTTERDAM: DemoProfile[] = [
  {
    email: 'werkbegeleider@rotterdam.demo',
    location: 'IKC De Zeester',
    domains: [
      { domain: 'leren-ontwikkelen', stage: 'expert' },
      { domain: 'organisatie-samenwerking', stage: 'ervaren' },
    ],
    specialisations: ['verzorging', 'gezondheid'],
    direction: 'verdiepen',
    targetDomain: 'organisatie-samenwerking',
    wish: 'De unit 0-4 jaar coördineren.',
  },
  {
    email: 'mentor@rotterdam.demo',
    location: 'IKC De Zeester',
    domains: [
      { domain: 'leren-ontwikkelen', stage: 'ervaren' },
      { domain: 'professionele-versterking', stage: 'expert' },
      { domain: 'onderzoek-innovatie', stage: 'starter' },
    ],
    specialisations: ['pedagogiek'],
    direction: 'verdiepen',
    targetDomain: 'onderzoek-innovatie',
    wish: 'Een IKC-lab begeleiden waarin mbo- en hbo-stagiaires samen onderzoek doen.',
  },
];

function seedPartnership(db: Db, now: number, ids: DemoPartnershipIds, profiles: DemoProfile[]) {
  for (const p of profiles) {
    const userId = ids.userIdByEmail[p.email];
    const topLocationId = ids.locationIdByName[p.location];
    if (userId === undefined || topLocationId === undefined) continue;
    db.insert(beroepsbeeldProfiles)
      .values({
        partnershipId: ids.partnershipId,
        userId,
        topLocationId,
        domains: JSON.stringify(p.domains),
        specialisations: JSON.stringify(p.specialisations),
        direction: p.direction,
        targetDomain: p.targetDomain,
        wish: p.wish,
        consentedAt: now,
      })
      .run();
  }
}

export const profilesSeed: FeatureSeed = (db, clock, region) => {
  seedPartnership(db, clock.now(), region.eindhoven, EINDHOVEN);
  seedPartnership(db, clock.now(), region.rotterdam, ROTTERDAM);
};
