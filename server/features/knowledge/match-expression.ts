/**
 * Turns whatever someone typed into a safe FTS5 MATCH expression. The input is never passed to FTS5
 * as syntax: it is split into words (letters, digits and combining marks — so quotes, *, parentheses,
 * colons, NEAR/AND/OR/NOT as operators and emoji are simply not syntax), each word becomes a quoted
 * prefix term ("coörd"*), and the terms are ANDed. FTS5's operator words written as operators
 * (upper-case AND, OR, NOT, NEAR) are dropped rather than searched for. Diacritics are folded by the
 * tokenizer (unicode61 remove_diacritics 2), so the query needs no folding of its own. No words: null.
 */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const OPERATOR_WORDS = new Set(['AND', 'OR', 'NOT', 'NEAR']);
export const MAX_TERMS = 12;
export const MAX_TERM_LENGTH = 64;

export function matchExpression(input: string): string | null {
  const words = (input.normalize('NFC').match(WORD) ?? []).filter((w) => !OPERATOR_WORDS.has(w));
  const terms = [...new Set(words.map((w) => w.slice(0, MAX_TERM_LENGTH).toLowerCase()))].slice(0, MAX_TERMS);
  if (terms.length === 0) return null;
  // A word holds no double quote (not a letter), so wrapping it in quotes cannot break out.
  return terms.map((t) => `"${t}"*`).join(' ');
}

/** Marks around a hit in a snippet; control characters that stored text never contains (see schemas). */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';
