import { z } from 'zod';
import {
  BEROEPSBEELD_DOMAIN_CODES,
  BEROEPSBEELD_SPECIALISATIONS,
  BEROEPSBEELD_STAGES,
  CAREER_DIRECTIONS,
} from '../domain/beroepsbeeld';
import { idSchema, optionalText, revisionSchema } from './common';

const domainSchema = z.enum(BEROEPSBEELD_DOMAIN_CODES, 'v.choose');

/**
 * A worker's own profile (decision 090). Strict: the profile is always the session's own, so a request
 * naming anyone (a `userId`) is refused rather than quietly ignored.
 */
export const profileSaveSchema = z
  .strictObject({
    revision: revisionSchema,
    topLocationId: idSchema.nullable(),
    domains: z
      .array(z.strictObject({ domain: domainSchema, stage: z.enum(BEROEPSBEELD_STAGES, 'v.choose') }))
      .max(BEROEPSBEELD_DOMAIN_CODES.length),
    specialisations: z.array(z.enum(BEROEPSBEELD_SPECIALISATIONS, 'v.choose')).max(BEROEPSBEELD_SPECIALISATIONS.length),
    direction: z.enum(CAREER_DIRECTIONS, 'v.choose').nullable(),
    targetDomain: domainSchema.nullable(),
    wish: optionalText(500),
  })
  .superRefine((p, issue) => {
    const own = p.domains.map((d) => d.domain);
    if (new Set(own).size !== own.length)
      issue.addIssue({ code: 'custom', path: ['domains'], message: 'v.profiles.domainTwice' });
    if (p.specialisations.length > 0 && !own.includes('leren-ontwikkelen'))
      issue.addIssue({ code: 'custom', path: ['specialisations'], message: 'v.profiles.specialisationDomain' });
    if (p.targetDomain === null) return;
    if (p.direction === null) issue.addIssue({ code: 'custom', path: ['direction'], message: 'v.profiles.direction' });
    if (p.direction === 'verdiepen' && !own.includes(p.targetDomain))
      issue.addIssue({ code: 'custom', path: ['targetDomain'], message: 'v.profiles.deepenOwn' });
    if (p.direction === 'verbreden' && own.includes(p.targetDomain))
      issue.addIssue({ code: 'custom', path: ['targetDomain'], message: 'v.profiles.widenOther' });
  });

export const teamQuerySchema = z.strictObject({ topLocationId: idSchema });
