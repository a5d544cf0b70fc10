import type { DemoFixture } from './demo';
import { callerFor } from './demo';
import { DEMO_EMAIL_BY_ROLE } from './roles';

/** Small factories for the knowledge-base tests: everything goes through the real procedures. */
export const EMAIL = { ...DEMO_EMAIL_BY_ROLE, rotterdam: 'projectleider@rotterdam.demo' } as const;

export const DAY = '2026-11-02';

export function locationsOf(fx: DemoFixture, key: 'eindhoven' | 'rotterdam' = 'eindhoven') {
  const byName = fx.region[key].locationIdByName;
  return {
    wittering: byName['Kindcentrum Wittering.nl']!,
    regenboog: byName['Kindcentrum De Regenboog']!,
    klaverblad: byName['IKC Het Klaverblad']!,
    first: fx.region[key].locationIds[0]!,
  };
}

export async function newPrinciple(
  fx: DemoFixture,
  overrides: Partial<{
    statement: string;
    explanation: string;
    foundAtLocationId: number | null;
    blocks: string[];
  }> = {},
  email: string = EMAIL.projectleider,
) {
  const caller = callerFor(fx, email);
  return caller.knowledge.createPrinciple({
    statement: 'Studenten leren samen met het team',
    explanation: '',
    blocks: ['LOS'],
    foundAtLocationId: locationsOf(fx).wittering,
    ownerIds: [],
    ...overrides,
  } as never);
}

export async function newEntry(
  fx: DemoFixture,
  overrides: Record<string, unknown> = {},
  email: string = EMAIL.projectleider,
) {
  const caller = callerFor(fx, email);
  return caller.knowledge.createEntry({
    type: 'dilemma',
    title: 'Een proefdilemma',
    description: '',
    category: null,
    categoryId: null,
    locationId: locationsOf(fx).wittering,
    blocks: ['VMM'],
    involved: [],
    occurredOn: DAY,
    ...overrides,
  } as never);
}
