import { foldWord, searchWords, stemWord } from './search-text';

/**
 * Marking what matched in a text, for snippets. A word of the text is a hit when it starts with a word
 * the user typed (as the index's prefix match) or has the same stem (search-text.ts): so "oordelen" marks
 * "oordeel" in the text. The index only says a row matched; the words are marked here, because FTS5's own
 * snippet() marks only the column it matched in, and a stem-only match has no marks in the text shown.
 */
export interface QueryWord {
  prefix: string;
  stem: string;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The words someone typed, each as the prefix and the stem to match (folded, duplicates dropped). */
export function queryWords(input: string, maxWords = 12, maxLength = 64): QueryWord[] {
  const words = [...new Set(searchWords(input).map((w) => w.slice(0, maxLength)))].slice(0, maxWords);
  return words.map((prefix) => ({ prefix, stem: stemWord(prefix) }));
}

// Stems of words seen in snippets, remembered: the same words come back in every result list, and
// stemming every word of every shown text again cost more than the search itself.
const STEMS = new Map<string, string>();
const STEM_CACHE_SIZE = 20_000;
function cachedStem(folded: string): string {
  let stem = STEMS.get(folded);
  if (stem === undefined) {
    if (STEMS.size >= STEM_CACHE_SIZE) STEMS.clear();
    stem = stemWord(folded);
    STEMS.set(folded, stem);
  }
  return stem;
}

const isHit = (token: string, query: QueryWord[]) => {
  const folded = foldWord(token);
  if (query.some((q) => folded.startsWith(q.prefix))) return true;
  const stem = cachedStem(folded);
  return query.some((q) => stem === q.stem);
};

/**
 * A window of `size` words of the text around its first hit, hits between `start` and `end` marks, "…"
 * where the text was cut; null when nothing in the text matches.
 */
export function markedSnippet(text: string, query: QueryWord[], marks: { start: string; end: string }, size = 16) {
  const source = text.normalize('NFC');
  const tokens = [...source.matchAll(WORD)].map((m) => ({ from: m.index, to: m.index + m[0].length, word: m[0] }));
  const hits = tokens.map((t) => isHit(t.word, query));
  const first = hits.indexOf(true);
  if (first < 0) return null;
  const from = Math.max(0, Math.min(first - 3, tokens.length - size));
  const to = Math.min(tokens.length, from + size);
  let out = from > 0 ? '…' : '';
  let at = tokens[from]!.from;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    out += source.slice(at, t.from) + (hits[i] ? marks.start + t.word + marks.end : t.word);
    at = t.to;
  }
  return out + (to < tokens.length ? '…' : source.slice(at));
}
