import type { Samples } from './types';
import { coreSamples } from './core';
import { knowledgeSamples } from './knowledge';
import { mentorTeamsSamples } from './mentor-teams';
import { placementsSamples } from './placements';
import { regiegroepSamples } from './regiegroep';
import { privacySamples } from './privacy';
import { mailSamples } from './mail';
import { workplaceSamples } from './workplace';
import { coachingSamples } from './coaching';
import { reportSamples } from './report';
import { profilesSamples } from './profiles';
import { rolloverSamples } from './rollover';

/** One valid input per procedure, for the authorization matrix. Features add their file here. */
export const SAMPLES: Samples = { ...coreSamples, ...knowledgeSamples, ...mentorTeamsSamples, ...placementsSamples, ...regiegroepSamples, ...privacySamples, ...mailSamples, ...workplaceSamples, ...coachingSamples, ...profilesSamples, ...rolloverSamples, ...reportSamples };
export { fingerprintsOf } from './core';
