/**
 * A drizzle query built once per connection and run with placeholders (`sql.placeholder('id')`):
 * for the few queries every request makes (is this team, this round in the actor's partnership?),
 * where building the query each time cost several times what running it did.
 *
 *   const teamById = preparedQuery((db) => db.select().from(t).where(eq(t.id, sql.placeholder('id'))).prepare());
 *   teamById(ctx.db).get({ id });
 */
import type { Db } from './client';

export function preparedQuery<Q>(build: (db: Db) => Q): (db: Db) => Q {
  const byConnection = new WeakMap<Db, Q>();
  return (db) => {
    let query = byConnection.get(db);
    if (!query) byConnection.set(db, (query = build(db)));
    return query;
  };
}
