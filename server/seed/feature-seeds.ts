import type { Db } from '../../db/client';
import type { Clock } from '../clock';
import type { DemoRegion } from './seed-core';
import { seedKnowledge } from '../features/knowledge/knowledge.seed';
import { mentorTeamsSeed } from '../features/mentor-teams/mentor-teams.seed';
import { placementsSeed } from '../features/placements/placements.seed';
import { regiegroepSeed } from '../features/regiegroep/regiegroep.seed';
import { workplaceSeed } from '../features/workplace/workplace.seed';
import { coachingSeed } from '../features/coaching/coaching.seed';
import { profilesSeed } from '../features/profiles/profiles.seed';
import { coachingCostsSeed } from '../features/coaching/coaching-costs.seed';

/** Each feature adds its demo content here; they run in order, in the same transaction as the core. */
export type FeatureSeed = (db: Db, clock: Clock, region: DemoRegion) => void;

export const FEATURE_SEEDS: FeatureSeed[] = [
  seedKnowledge,
  mentorTeamsSeed,
  placementsSeed,
  regiegroepSeed,
  workplaceSeed,
  coachingSeed,
  profilesSeed,
  coachingCostsSeed,
];
