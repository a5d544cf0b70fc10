import { describe, expect, it } from 'vitest';
import { demoFixture, callerFor } from '../helpers/demo';

describe('smoke', () => {
  it('lists locations', async () => {
    const fx = await demoFixture();
    const caller = callerFor(fx, 'projectleider@eindhoven.demo');
    const locations = await caller.locations.list();
    expect(locations.map((l) => l.name)).toContain('Kindcentrum Wittering.nl');
  });
});
