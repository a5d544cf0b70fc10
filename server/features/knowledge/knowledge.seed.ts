import type { Db } from '../../../db/client';
import type { Clock } from '../../clock';
import {
  adoptions,
  entryPosts,
  entryStatusChanges,
  evidenceLinks,
  knowledgeCategories,
  knowledgeEntries,
  knowledgePrinciples,
  maturityChanges,
  principleOwners,
} from '../../../db/schema';
import type { FeatureSeed } from '../../seed/feature-seeds';
import { DEMO_PARTNERSHIPS, type DemoPartnership } from '../../seed/demo-data';
import type { DemoPartnershipIds } from '../../seed/seed-core';
import { parseIsoDate } from '../../../shared/domain/dates';
import { sortBlocks } from '../../../shared/domain/los-model';
import {
  OWN_CATEGORIES,
  ROTTERDAM_ENTRIES,
  SHARED_ENTRIES,
  type DemoEntry,
  type DemoRole,
} from './knowledge.demo-entries';
import {
  EINDHOVEN_PRINCIPLES,
  ROTTERDAM_PRINCIPLES,
  SHARED_PRINCIPLES,
  type DemoPrinciple,
} from './knowledge.demo-principles';

const CONTENT: Record<
  DemoPartnership['key'],
  { entries: DemoEntry[]; principles: DemoPrinciple[]; categories: string[] }
> = {
  eindhoven: {
    entries: SHARED_ENTRIES,
    principles: [...SHARED_PRINCIPLES, ...EINDHOVEN_PRINCIPLES],
    categories: OWN_CATEGORIES,
  },
  rotterdam: {
    entries: [...SHARED_ENTRIES, ...ROTTERDAM_ENTRIES],
    principles: [...SHARED_PRINCIPLES, ...ROTTERDAM_PRINCIPLES],
    categories: [...OWN_CATEGORIES, 'Begeleidingscapaciteit'],
  },
};

/** Ten in the morning of a demo date, plus a few minutes per step so threads keep their order. */
const momentOf = (iso: string, step = 0) => parseIsoDate(iso).getTime() + 10 * 3_600_000 + step * 7 * 60_000;

/** The demo knowledge base of both partnerships: entries with threads, principles with ladder, adoptions and evidence. */
export const seedKnowledge: FeatureSeed = (db, clock, region) => {
  for (const partnership of DEMO_PARTNERSHIPS) seedPartnership(db, clock, partnership, region[partnership.key]);
};

function seedPartnership(db: Db, clock: Clock, demo: DemoPartnership, ids: DemoPartnershipIds) {
  const content = CONTENT[demo.key];
  const partnershipId = ids.partnershipId;
  const locationId = (index: number | null) =>
    index === null ? null : ids.locationIdByName[demo.locations[index]!.name]!;
  // Rotterdam has no locatie account in the demo: its mentor writes instead.
  const userOf = (role: DemoRole) =>
    ids.userIdByEmail[`${role}@${demo.key}.demo`] ?? ids.userIdByEmail[`mentor@${demo.key}.demo`]!;
  const now = clock.now();

  const categoryIds: Record<string, number> = {};
  for (const name of content.categories) {
    categoryIds[name] = db
      .insert(knowledgeCategories)
      .values({ partnershipId, name, createdAt: now })
      .returning()
      .get().id;
  }

  const entryIds: Record<string, number> = {};
  content.entries.forEach((entry, index) => {
    const author = userOf(index % 3 === 0 ? 'projectleider' : index % 3 === 1 ? 'mentor' : 'regiegroep');
    const last = entry.statuses?.at(-1);
    const id = db
      .insert(knowledgeEntries)
      .values({
        partnershipId,
        type: entry.type,
        title: entry.title,
        description: entry.description,
        category: entry.category ?? null,
        categoryId: entry.ownCategory ? categoryIds[entry.ownCategory]! : null,
        locationId: locationId(entry.location),
        blocks: sortBlocks(entry.blocks),
        involved: entry.involved,
        status: last?.status ?? 'open',
        statusOn: last?.on ?? entry.on,
        occurredOn: entry.on,
        createdBy: author,
        createdAt: momentOf(entry.on),
        updatedAt: momentOf(last?.on ?? entry.on),
      })
      .returning()
      .get().id;
    entryIds[entry.key] = id;
    let from: string | null = null;
    for (const change of [{ status: 'open', on: entry.on, note: '' }, ...(entry.statuses ?? [])]) {
      db.insert(entryStatusChanges)
        .values({
          entryId: id,
          fromStatus: from,
          toStatus: change.status,
          note: change.note ?? '',
          changedOn: change.on,
          changedBy: author,
          at: momentOf(change.on),
        })
        .run();
      from = change.status;
    }
    entry.posts?.forEach((post, step) => {
      db.insert(entryPosts)
        .values({
          entryId: id,
          authorId: userOf(post.by),
          body: post.body,
          createdAt: momentOf(entry.on, step + 1) + 86_400_000,
        })
        .run();
    });
  });

  for (const principle of content.principles) {
    const first = principle.ladder[0]!;
    const last = principle.ladder.at(-1)!;
    const id = db
      .insert(knowledgePrinciples)
      .values({
        partnershipId,
        statement: principle.statement,
        explanation: principle.explanation,
        blocks: sortBlocks(principle.blocks),
        foundAtLocationId: locationId(principle.foundAt),
        maturity: last.level,
        maturityOn: last.on,
        identifiedOn: first.on,
        createdBy: userOf(first.by),
        createdAt: momentOf(first.on),
        updatedAt: momentOf(last.on),
      })
      .returning()
      .get().id;
    for (const userId of new Set(principle.owners.map(userOf)))
      db.insert(principleOwners).values({ principleId: id, userId }).run();
    principle.ladder.forEach((move, step) => {
      const fromLevel = step === 0 ? null : principle.ladder[step - 1]!.level;
      db.insert(maturityChanges)
        .values({
          principleId: id,
          fromLevel,
          toLevel: move.level,
          reason: move.reason ?? '',
          changedOn: move.on,
          changedBy: userOf(move.by),
          at: momentOf(move.on),
        })
        .run();
    });
    for (const adoption of principle.adoptions) {
      db.insert(adoptions)
        .values({
          principleId: id,
          locationId: locationId(adoption.location)!,
          adoptedOn: adoption.on,
          adaptation: adoption.adaptation,
          outcome: adoption.outcome,
          createdBy: userOf('projectleider'),
          createdAt: momentOf(adoption.on),
        })
        .run();
    }
    for (const key of principle.evidence) {
      db.insert(evidenceLinks)
        .values({
          principleId: id,
          kind: 'entry',
          refId: entryIds[key]!,
          createdBy: userOf('projectleider'),
          createdAt: momentOf(last.on),
        })
        .run();
    }
  }
}
