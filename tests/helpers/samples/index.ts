import type { Samples } from './types';
import { coreSamples } from './core';

/** One valid input per procedure, for the authorization matrix. Features add their file here. */
export const SAMPLES: Samples = { ...coreSamples };
export { fingerprintsOf } from './core';
