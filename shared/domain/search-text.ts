import { stemmer as snowballDutch } from '@orama/stemmers/dutch';

/**
 * What search makes of Dutch text, the same for what is stored and for what someone types (decision 081):
 * words are letters and digits, lower-cased with their accents folded ("geïnteresseerd" = "geinteresseerd"),
 * and each word has a stem, so word forms meet ("oordelen" and "oordeel" → "oordel").
 *
 * The stem is Snowball's Dutch stemmer (@orama/stemmers), with three rules of our own first, for families
 * Snowball leaves apart:
 * - nouns in -atie/-utie/-ctie/-ptie meet their verb in -eren: Snowball makes "reflecteren" "reflecter" and
 *   leaves "reflectie" as it is, so "reflectie(s)" → "reflecter", "evaluatie" → "evaluer", "evolutie" →
 *   "evoluer". The verb's -er is not dropped instead: that would break "verbeteren"/"verbetering".
 * - forms in -eert, -eerde(n), -eerd (and ge-…-eerd) meet their infinitive in -eren: "reflecteert",
 *   "gereflecteerd" → "reflecter", "geïnteresseerd" → "interesser", "geleerd" → "ler".
 * - diminutives in -je(s) after a consonant other than t, and -mpje(s), lose it before Snowball: "kindje" →
 *   "kind", "boompje" → "boom" → "bom"; -etje(s) after a doubled l, m, n or r (a short vowel's doubling) or
 *   after -ng loses it and the doubling: "balletje" → "bal", "spelletjes" → "spel", "ringetje" → "ring".
 *   Not -tje ("kaartje" is "kaart" + "je", "deurtje" is "deur" + "tje": the letters cannot tell them apart)
 *   and not after other doublings ("pakketje" is not "pak").
 * And the few plurals in -eren whose singular has no -er ("kinderen" → "kind"): a list, since a rule would
 * also cut verbs ("schilderen" is not "schild").
 */

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Lower case without accents: the same folding as the search index's tokenizer (remove_diacritics 2). */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text, folded, in order (duplicates kept). */
export function searchWords(text: string): string[] {
  return (text.normalize('NFC').match(WORD) ?? []).map(foldWord);
}

const NOUN_TO_VERB = /^(.{4,}?)(?:atie|aties)$|^(.{3,}u)(?:tie|ties)$|^(.{3,}[cp]t)(?:ie|ies)$/;
const CONJUGATED_EREN = /^(?:ge)?(.+?)ee(?:rt|rde|rden|rd)$/;
const DIMINUTIVE = /^(.{2,}m)pjes?$|^(.{2,}[^aeiouyt\d])jes?$/;
const DIMINUTIVE_ETJE = /^(.+?([lmnr]))\2etjes?$|^(.+ng)etjes?$/;

const EREN_PLURALS: Readonly<Record<string, string>> = {
  kinderen: 'kind',
  eieren: 'ei',
  liederen: 'lied',
  lammeren: 'lam',
  kalveren: 'kalf',
  volkeren: 'volk',
  runderen: 'rund',
};

/** The stem of one folded word (see above). */
export function stemWord(word: string): string {
  const singular = EREN_PLURALS[word];
  if (singular) return snowballDutch(singular);
  const noun = word.match(NOUN_TO_VERB);
  if (noun) return `${noun[1] ?? noun[2] ?? noun[3]}er`;
  const conjugated = word.match(CONJUGATED_EREN);
  if (conjugated) return `${conjugated[1]}er`;
  const etje = word.match(DIMINUTIVE_ETJE);
  if (etje) return snowballDutch((etje[1] ?? etje[3])!);
  const diminutive = word.match(DIMINUTIVE);
  return snowballDutch(diminutive ? (diminutive[1] ?? diminutive[2])! : word);
}

/** The stems of a text, space-separated: what the index's stem column holds. */
export function stemText(text: string): string {
  return searchWords(text).map(stemWord).join(' ');
}
