import { integer } from 'drizzle-orm/sqlite-core';

/** Milliseconds since the epoch, written by the service layer's clock (so tests can fake time). */
export const timestampMs = (name: string) => integer(name).notNull();
