import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { searchSchema } from '../../../shared/schemas/knowledge';
import type { LosBlock } from '../../../shared/domain/los-model';
import type { ServiceContext } from '../scope';
import { markedSnippet } from '../../../shared/domain/search-hits';
import { HIT_END, HIT_START, expressionFor, searchedWords } from './match-expression';

const RESULT_LIMIT = 50;

interface Row {
  kind: 'principe' | 'entry';
  id: number;
  title: string;
  type: string;
  status: string;
  date: string;
  locationName: string | null;
  blocks: string;
  hitTitle: string | null;
  hitBody: string | null;
}

const MARKS = { start: HIT_START, end: HIT_END };

/**
 * Search across principles, log entries and their threads (a hit in a post finds its entry), within
 * the actor's partnership, with the filters of the search page. Without words it lists what the
 * filters select, newest first. The text never reaches FTS5 as syntax (match-expression.ts).
 */
export function searchKnowledge({ db, actor }: ServiceContext, input: z.output<typeof searchSchema>) {
  const partnershipId = actor.partnershipId;
  // Principles and entries as one list of documents; a principle's date is when it was identified.
  const docs = sql`
    SELECT 'principe' AS kind, id, statement AS title, 'principe' AS type, maturity AS status, identified_on AS date, found_at_location_id AS location_id, blocks, partnership_id FROM knowledge_principle
    UNION ALL
    SELECT 'entry', id, title, type, status, occurred_on, location_id, blocks, partnership_id FROM knowledge_entry`;
  const where: SQL[] = [sql`d.partnership_id = ${partnershipId}`];
  if (input.block) where.push(sql`EXISTS (SELECT 1 FROM json_each(d.blocks) WHERE value = ${input.block})`);
  if (input.locationId) {
    where.push(
      sql`(d.location_id = ${input.locationId} OR (d.kind = 'principe' AND EXISTS (SELECT 1 FROM knowledge_adoption a WHERE a.principle_id = d.id AND a.location_id = ${input.locationId})))`,
    );
  }
  if (input.type) where.push(sql`d.type = ${input.type}`);
  if (input.status) where.push(sql`d.status = ${input.status}`);
  if (input.from) where.push(sql`d.date >= ${input.from}`);
  if (input.to) where.push(sql`d.date <= ${input.to}`);
  const filters = sql.join(where, sql` AND `);
  const columns = sql`d.kind AS kind, d.id AS id, d.title AS title, d.type AS type, d.status AS status, d.date AS date, l.name AS locationName, d.blocks AS blocks`;

  const words = searchedWords(input.q);
  const expression = expressionFor(words);
  const query = expression
    ? sql`
      WITH hits AS (
        SELECT rowid AS rid, bm25(knowledge_fts, 0.0, 4.0, 1.0, 2.0) AS rank, title, body
        FROM knowledge_fts WHERE knowledge_fts MATCH ${expression} AND partnership_id = ${partnershipId}
      ),
      targets AS (
        SELECT 'principe' AS kind, rid / 4 AS id, rank, title, body FROM hits WHERE rid % 4 = 1
        UNION ALL SELECT 'entry', rid / 4, rank, title, body FROM hits WHERE rid % 4 = 2
        UNION ALL SELECT 'entry', p.entry_id, h.rank, h.title, h.body FROM hits h JOIN knowledge_post p ON p.id = h.rid / 4 WHERE h.rid % 4 = 3
      )
      SELECT ${columns}, t.title AS hitTitle, t.body AS hitBody, min(t.rank) AS rank
      FROM targets t JOIN (${docs}) d ON d.kind = t.kind AND d.id = t.id
      LEFT JOIN top_location l ON l.id = d.location_id
      WHERE ${filters}
      GROUP BY d.kind, d.id
      ORDER BY rank, d.date DESC
      LIMIT ${RESULT_LIMIT + 1}`
    : sql`
      SELECT ${columns}, NULL AS hitTitle, NULL AS hitBody
      FROM (${docs}) d LEFT JOIN top_location l ON l.id = d.location_id
      WHERE ${filters}
      ORDER BY d.date DESC, d.kind, d.id DESC
      LIMIT ${RESULT_LIMIT + 1}`;

  const rows = db.all<Row>(query);
  return {
    truncated: rows.length > RESULT_LIMIT,
    results: rows.slice(0, RESULT_LIMIT).map((r) => ({
      kind: r.kind,
      id: r.id,
      title: r.title,
      type: r.type,
      status: r.status,
      date: r.date,
      locationName: r.locationName,
      blocks: JSON.parse(r.blocks) as LosBlock[],
      // The words are marked here, not by FTS5: a match by stem alone has no marks there (search-hits.ts).
      snippet:
        r.hitBody === null
          ? null
          : (markedSnippet(r.hitBody, words, MARKS) ?? markedSnippet(r.hitTitle ?? '', words, MARKS)),
    })),
  };
}
