import type { Samples } from './types';
import { coreSamples } from './core';
import { knowledgeSamples } from './knowledge';

/** One valid input per procedure, for the authorization matrix. Features add their file here. */
export const SAMPLES: Samples = { ...coreSamples, ...knowledgeSamples };
export { fingerprintsOf } from './core';
