/**
 * Decimal numbers as people type them. Dutch writes "1,5" where English writes "1.5"; a browser's own
 * number input parses by the browser's language (an nl-NL Chromium turned "1,5" into 15, an English one
 * refused "51,4416"), so decimal fields are text inputs and this one parser decides, the same for every
 * browser, on the client and the server.
 *
 * Accepted: an optional sign, digits, and at most one decimal separator (comma or point) followed by
 * digits: "1,5", "1.5", "-51,4416", ",5". Refused (null): thousands separators ("1.234,5"), two
 * separators, letters, an empty text. Hours and coordinates never need grouping, and refusing it means
 * "1.500" can never be silently read as fifteen hundred or as one and a half.
 */
const DECIMAL_TEXT = /^([+-]?)(\d*)(?:[.,](\d+))?$/;

export function parseDecimal(text: string): number | null {
  const match = text.trim().replace(/\s+/g, '').match(DECIMAL_TEXT);
  if (!match) return null;
  const [, sign = '', whole = '', fraction] = match;
  if (whole === '' && fraction === undefined) return null;
  const value = Number(`${sign}${whole || '0'}${fraction === undefined ? '' : `.${fraction}`}`);
  return Number.isFinite(value) ? value : null;
}

/** A number in a text field the way the UI's language writes it: "51,4416" in Dutch, "51.4416" in English. */
export function formatDecimalText(value: number, language: 'nl' | 'en'): string {
  const text = String(value);
  return language === 'nl' ? text.replace('.', ',') : text;
}

/**
 * What a decimal field's raw value means before the schema's own checks: text is parsed as above (an
 * empty text is "nothing": null), numbers pass, anything unreadable is handed on unchanged so the
 * number schema refuses it with its own message.
 */
export function decimalFromInput(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  if (raw.trim() === '') return null;
  return parseDecimal(raw) ?? raw;
}
