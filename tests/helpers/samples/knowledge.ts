import { adoptions, evidenceLinks, knowledgeCategories, knowledgeEntries, knowledgePrinciples } from '../../../db/schema';
import type { SampleEnv, Samples } from './types';

/**
 * Samples for the knowledge base. Rows are made fresh in the target partnership, tied to a TOP-locatie
 * the actor may write for: a locatie user's own location in their own partnership, else the first.
 * Against the other partnership every id points there, so the answer must be "not found".
 */
const now = (env: SampleEnv) => env.clock.now();
const DAY = '2026-11-01';
const authorOf = (env: SampleEnv) => Object.values(env.target.userIdByEmail)[1]!;

function writableLocation(env: SampleEnv): number {
  const own = env.actor?.partnershipId === env.target.partnershipId ? env.actor.topLocationId : null;
  return own ?? env.target.locationIds[0]!;
}
const anotherLocation = (env: SampleEnv) => env.target.locationIds.find((id) => id !== writableLocation(env))!;

function freshEntry(env: SampleEnv, locationId: number | null = writableLocation(env)) {
  return env.db
    .insert(knowledgeEntries)
    .values({ partnershipId: env.target.partnershipId, type: 'dilemma', title: 'Proefdilemma', locationId, blocks: ['VMM'], involved: [], status: 'open', statusOn: DAY, occurredOn: DAY, createdBy: authorOf(env), createdAt: now(env), updatedAt: now(env) })
    .returning()
    .get().id;
}
function freshPrinciple(env: SampleEnv, foundAtLocationId: number | null = writableLocation(env)) {
  return env.db
    .insert(knowledgePrinciples)
    .values({ partnershipId: env.target.partnershipId, statement: 'Proefprincipe', blocks: ['LOS'], foundAtLocationId, maturity: 'geidentificeerd', maturityOn: DAY, identifiedOn: DAY, createdBy: authorOf(env), createdAt: now(env), updatedAt: now(env) })
    .returning()
    .get().id;
}
/** An adoption at the actor's location of a principle found elsewhere. */
function freshAdoption(env: SampleEnv) {
  const principleId = freshPrinciple(env, anotherLocation(env));
  return env.db.insert(adoptions).values({ principleId, locationId: writableLocation(env), adoptedOn: DAY, createdBy: authorOf(env), createdAt: now(env) }).returning().get().id;
}
function freshEvidence(env: SampleEnv) {
  return env.db.insert(evidenceLinks).values({ principleId: freshPrinciple(env), kind: 'entry', refId: freshEntry(env), createdBy: authorOf(env), createdAt: now(env) }).returning().get().id;
}
const freshCategory = (env: SampleEnv) => env.db.insert(knowledgeCategories).values({ partnershipId: env.target.partnershipId, name: 'Proefcategorie', createdAt: now(env) }).returning().get().id;

const principle = (env: SampleEnv) => ({ statement: 'Samen leren werkt', explanation: 'Uitleg', blocks: ['LOS', 'VOR'], foundAtLocationId: writableLocation(env), ownerIds: [] });
const entry = (env: SampleEnv) => ({ type: 'dilemma', title: 'Roosters botsen', description: '', category: 'aanwezigheid', categoryId: null, locationId: writableLocation(env), blocks: ['VMM'], involved: ['studenten'], occurredOn: DAY });

export const knowledgeSamples: Samples = {
  'knowledge.options': { input: () => undefined, other: 'n/a' },
  'knowledge.listPrinciples': { input: () => ({}), other: 'noLeak' },
  'knowledge.getPrinciple': { input: (env) => ({ id: freshPrinciple(env) }), other: 'notFound', writes: true },
  'knowledge.listEntries': { input: () => ({}), other: 'noLeak' },
  'knowledge.getEntry': { input: (env) => ({ id: freshEntry(env) }), other: 'notFound', writes: true },
  'knowledge.matrix': { input: () => undefined, other: 'n/a' },
  'knowledge.booklet': { input: () => ({ minMaturity: 'geidentificeerd' }), other: 'noLeak' },
  'knowledge.search': { input: () => ({ q: 'studenten' }), other: 'noLeak' },

  'knowledge.createPrinciple': { input: (env) => principle(env), other: 'notFound' },
  'knowledge.updatePrinciple': { input: (env) => ({ ...principle(env), id: freshPrinciple(env), revision: 0 }), other: 'notFound' },
  'knowledge.createPrincipleFromEntry': { input: (env) => ({ entryId: freshEntry(env) }), other: 'notFound' },
  'knowledge.addAdoption': {
    input: (env) => ({ principleId: freshPrinciple(env, anotherLocation(env)), locationId: writableLocation(env), adoptedOn: DAY, adaptation: 'Aangepast', outcome: '' }),
    other: 'notFound',
  },
  'knowledge.updateAdoption': { input: (env) => ({ id: freshAdoption(env), revision: 0, adoptedOn: DAY, adaptation: 'Anders', outcome: 'Goed' }), other: 'notFound' },
  'knowledge.removeAdoption': { input: (env) => ({ id: freshAdoption(env) }), other: 'notFound' },
  'knowledge.evidenceCandidates': { input: () => ({ kind: 'entry' }), other: 'noLeak' },
  'knowledge.addEvidence': { input: (env) => ({ principleId: freshPrinciple(env), kind: 'entry', refId: freshEntry(env) }), other: 'notFound' },
  'knowledge.removeEvidence': { input: (env) => ({ id: freshEvidence(env) }), other: 'notFound' },
  'knowledge.createEntry': { input: (env) => entry(env), other: 'notFound' },
  'knowledge.updateEntry': { input: (env) => ({ ...entry(env), id: freshEntry(env), revision: 0 }), other: 'notFound' },
  'knowledge.setEntryStatus': { input: (env) => ({ id: freshEntry(env), revision: 0, status: 'besproken', note: '' }), other: 'notFound' },
  'knowledge.addPost': { input: (env) => ({ entryId: freshEntry(env, null), body: 'Een bijdrage' }), other: 'notFound' },

  'knowledge.movePrinciple': { input: (env) => ({ id: freshPrinciple(env), to: 'beschreven', reason: '' }), other: 'notFound' },
  'knowledge.createCategory': { input: () => ({ name: 'Nieuwe categorie' }), other: 'n/a' },
  'knowledge.renameCategory': { input: (env) => ({ id: freshCategory(env), revision: 0, name: 'Hernoemd' }), other: 'notFound' },
  'knowledge.removeCategory': { input: (env) => ({ id: freshCategory(env) }), other: 'notFound' },
};
