/**
 * Which tables a prepared statement reads and writes, found once from its EXPLAIN program — for the
 * table-by-table data generations (db/data-generation.ts) that keep the read caches exact.
 *
 * Reads and writes are the b-trees the program opens (an index counts as its table), so nothing
 * depends on how the SQL is spelled. What a program does not show is added from the schema: the
 * tables a trigger on a written table writes (e.g. the knowledge search index), and the tables whose
 * foreign keys cascade from it (ON DELETE SET NULL). Virtual tables (full-text search) show no
 * b-tree; they are matched by name in the statement. Whatever cannot be accounted for this way —
 * schema changes, an unknown b-tree, a write to an unnamed virtual table — is "everything".
 */
import type Database from 'better-sqlite3';

/** A write that may have changed anything: every kept answer ends. */
export const EVERYTHING = 'everything' as const;
/** A read of something not accounted for: the answer depends on every write. */
export const ANY_TABLE = '*';

export interface Footprint {
  reads: string[];
  writes: string[] | typeof EVERYTHING;
}

interface Schema {
  version: number;
  tableOfRoot: Map<number, string>;
  virtualTables: string[];
  /** per table: the tables a write to it may also write (its triggers, cascading foreign keys) */
  reaches: Map<string, Set<string>>;
}

const SCHEMA_CHANGES = new Set([
  'CreateBtree',
  'Destroy',
  'ParseSchema',
  'DropTable',
  'DropIndex',
  'DropTrigger',
  'VCreate',
  'VDestroy',
  'VRename',
  'Vacuum',
  'IncrVacuum',
  'SqlExec',
]);
const SCHEMA_TABLES = new Set(['sqlite_schema', 'sqlite_master']);
const TRIGGER_WRITE = /\b(?:insert(?:\s+or\s+\w+)?\s+into|update(?:\s+or\s+\w+)?|delete\s+from)\s+["`[]?(\w+)/gi;
const TABLE_VALUED_FUNCTIONS = /\bjson_(?:each|tree)\s*\(/i;

const schemas = new WeakMap<Database.Database, Schema>();

function schemaOf(sqlite: Database.Database, prepare: Database.Database['prepare']): Schema {
  const version = prepare('PRAGMA schema_version').pluck().get() as number;
  const known = schemas.get(sqlite);
  if (known?.version === version) return known;
  const rows = prepare('SELECT type, name, tbl_name AS tableName, rootpage AS root, sql FROM sqlite_schema').all() as {
    type: string;
    name: string;
    tableName: string;
    root: number;
    sql: string | null;
  }[];
  const tableOfRoot = new Map<number, string>([[1, 'sqlite_schema']]);
  const virtualTables: string[] = [];
  const reaches = new Map<string, Set<string>>();
  const reach = (from: string, to: string) => (reaches.get(from) ?? reaches.set(from, new Set()).get(from)!).add(to);
  const tables = new Set(rows.filter((r) => r.type === 'table').map((r) => r.name));
  for (const r of rows) {
    if (r.root > 0) tableOfRoot.set(r.root, r.tableName);
    if (r.type === 'table' && /^create\s+virtual\s+table/i.test(r.sql ?? '')) virtualTables.push(r.name);
    if (r.type === 'trigger') {
      const body = (r.sql ?? '')
        .split(/\bbegin\b/i)
        .slice(1)
        .join(' ');
      for (const m of body.matchAll(TRIGGER_WRITE)) if (tables.has(m[1]!)) reach(r.tableName, m[1]!);
    }
  }
  for (const table of tables) {
    const keys = prepare(
      'SELECT "table" AS parent, on_update AS onUpdate, on_delete AS onDelete FROM pragma_foreign_key_list(?)',
    ).all(table) as { parent: string; onUpdate: string; onDelete: string }[];
    for (const k of keys)
      if (![k.onUpdate, k.onDelete].every((a) => a === 'NO ACTION' || a === 'RESTRICT')) reach(k.parent, table);
  }
  const schema = { version, tableOfRoot, virtualTables, reaches };
  schemas.set(sqlite, schema);
  return schema;
}

interface Op {
  opcode: string;
  p1: number;
  p2: number;
  p3: number;
}

/** The statement's EXPLAIN program (bound with nulls: EXPLAIN runs nothing). */
function programOf(prepare: Database.Database['prepare'], source: string): Op[] {
  const explain = prepare(`EXPLAIN ${source}`);
  let n = (source.match(/\?/g) ?? []).length;
  for (let tries = 0; tries < 50; tries++) {
    try {
      return explain.all(...Array<null>(n).fill(null)) as Op[];
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      n += /too many/i.test(e.message) ? -1 : 1;
    }
  }
  throw new Error('parameters not found');
}

export function footprintOf(
  sqlite: Database.Database,
  prepare: Database.Database['prepare'],
  statement: Database.Statement,
): Footprint {
  let program: Op[];
  let schema: Schema;
  try {
    schema = schemaOf(sqlite, prepare);
    program = programOf(prepare, statement.source);
  } catch {
    return { reads: [ANY_TABLE], writes: statement.readonly ? [] : EVERYTHING };
  }
  const reads = new Set<string>();
  const writes = new Set<string>();
  let unaccounted = false;
  let writesVirtual = false;
  const named = schema.virtualTables.filter((v) => new RegExp(`\\b${v}\\b`, 'i').test(statement.source));
  for (const op of program) {
    if (SCHEMA_CHANGES.has(op.opcode)) unaccounted = true;
    const target =
      op.opcode === 'OpenRead' || op.opcode === 'OpenWrite'
        ? { root: op.p2, db: op.p3 }
        : op.opcode === 'Clear'
          ? { root: op.p1, db: op.p2 }
          : null;
    if (target) {
      const table = target.db === 0 ? schema.tableOfRoot.get(target.root) : undefined;
      if (table === undefined || SCHEMA_TABLES.has(table)) {
        if (op.opcode === 'OpenRead') reads.add(ANY_TABLE);
        else unaccounted = true;
      } else (op.opcode === 'OpenRead' ? reads : writes).add(table);
    }
    if (op.opcode === 'VOpen') {
      named.forEach((v) => reads.add(v));
      if (!named.length && !TABLE_VALUED_FUNCTIONS.test(statement.source)) reads.add(ANY_TABLE);
    }
    if (op.opcode === 'VUpdate') {
      writesVirtual = true;
      named.forEach((v) => writes.add(v));
    }
  }
  // what its triggers and cascades write too, to the end of the chain
  for (const table of writes) for (const next of schema.reaches.get(table) ?? []) writes.add(next);
  const writesUnnamedVirtual = writesVirtual && !schema.virtualTables.some((t) => writes.has(t));
  if (statement.readonly) return { reads: [...reads], writes: [] };
  if (unaccounted || writesUnnamedVirtual || writes.size === 0) return { reads: [...reads], writes: EVERYTHING };
  return { reads: [...reads], writes: [...writes] };
}
