import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { queryWords, type QueryWord } from '../../../shared/domain/search-hits';

/**
 * Turns whatever someone typed into a safe FTS5 MATCH expression. The input is never passed to FTS5
 * as syntax: it is split into words (letters, digits and combining marks — so quotes, *, parentheses,
 * colons, NEAR/AND/OR/NOT as operators and emoji are simply not syntax), folded (lower case, no accents),
 * and each word matches either as a prefix of a word in title or body ("coörd" finds "coördinatie") or by
 * its Dutch stem in the stems column ("oordelen" finds "oordeel"; decision 081). The words are ANDed (explicitly: FTS5 has no implicit AND between groups).
 * FTS5's operator words written as operators (upper-case AND, OR, NOT, NEAR) are dropped rather than
 * searched for. No words: null.
 */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const OPERATOR_WORDS = new Set(['AND', 'OR', 'NOT', 'NEAR']);
export const MAX_TERMS = 12;
export const MAX_TERM_LENGTH = 64;

/** The words to search for, as search-hits.ts also marks them in snippets. */
export function searchedWords(input: string): QueryWord[] {
  const words = (input.normalize('NFC').match(WORD) ?? []).filter((w) => !OPERATOR_WORDS.has(w));
  return queryWords(words.join(' '), MAX_TERMS, MAX_TERM_LENGTH);
}

export const matchExpression = (input: string) => expressionFor(searchedWords(input));

export function expressionFor(words: QueryWord[]): string | null {
  if (words.length === 0) return null;
  // A folded word holds no double quote (not a letter), so wrapping it in quotes cannot break out.
  return words.map((w) => `({title body} : "${w.prefix}"* OR stems : "${w.stem}")`).join(' AND ');
}

/**
 * `id IN (the rows of an FTS5 table of the same shape — title, body, stems — that match in the partnership)`,
 * for the signal and decision searches; null when the text has no words to search for.
 */
export function matchingIds(fts: string, id: SQLWrapper, input: string, partnershipId: number): SQL | null {
  const expression = expressionFor(searchedWords(input));
  if (!expression) return null;
  const table = sql.identifier(fts);
  return sql`${id} IN (SELECT rowid FROM ${table} WHERE ${table} MATCH ${expression} AND partnership_id = ${partnershipId})`;
}

/** Marks around a hit in a snippet; control characters that stored text never contains (see schemas). */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';
