import { auditKindWord, describeAuditAction } from '../../../shared/domain/audit';
import type { Dossier } from './dossier';

/**
 * The inzageverzoek (AVG art. 15) as a page the person can read and print: Dutch headings, dates as
 * 24-11-2026 14:05, one table per kind of data, and who looked at the record. Built as a string with
 * every value escaped; the print CSS puts it on A4. The JSON file stays the machine-readable copy.
 */
const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const moment = (ms: number) =>
  new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })
    .format(new Date(ms))
    .replace(/\//g, '-')
    .replace(',', '');

/** Stored values as a person reads them: dates the Dutch way, true/false as ja/nee, JSON as text. */
function shown(column: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number' && /(_at|At)$/.test(column) && value > 946_684_800_000) return moment(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value.split('-').reverse().join('-');
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'object') return JSON.stringify(value);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

function table(caption: string, rows: Record<string, unknown>[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  if (!rows.length) return '';
  const head = columns.map((c) => `<th scope="col">${escape(c)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${columns.map((c) => `<td>${escape(shown(c, r[c]))}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><caption>${escape(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

const STYLE = `
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1b1f24; line-height: 1.4; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #99a; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid #bbc; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
th { background: #eef1f5; }
@page { size: A4; margin: 15mm; }
@media print { body { margin: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`;

export function dossierHtml(d: {
  partnershipName: string;
  subjectName: string;
  generatedAt: number;
  dossier: Dossier;
}): string {
  const record = Object.entries(d.dossier.record ?? {}).map(([k, v]) => ({ gegeven: k, waarde: v }));
  const tables = d.dossier.tables
    .filter((t) => t.rows.length > 0)
    .map((t) => table(`${auditKindWord(t.table, 'nl')} (${t.rows.length})`, t.rows))
    .join('\n');
  const log = d.dossier.accessLog.map((e) => ({
    moment: moment(e.at),
    wie: e.actorName ?? 'het systeem',
    wat: describeAuditAction(e.action, 'nl'),
    waar: e.scope === 'record' ? 'het dossier zelf' : 'een overzicht waarin je stond',
  }));
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Inzage in persoonsgegevens — ${escape(d.subjectName)}</title><style>${STYLE}</style></head>
<body>
<h1>Inzage in persoonsgegevens</h1>
<p>Over: <strong>${escape(d.subjectName)}</strong><br>Samenwerkingsverband: ${escape(d.partnershipName)}<br>Gemaakt op ${escape(moment(d.generatedAt))}</p>
<p>Dit overzicht bevat alles wat het platform over jou bewaart binnen dit samenwerkingsverband (AVG artikel 15). Wachtwoorden en sessiegegevens staan er nooit in.</p>
<h2>Je gegevens</h2>
${table('Gegevens', record)}
<h2>Gegevens over jou in het platform</h2>
${tables || '<p>Geen verdere gegevens.</p>'}
<h2>Wie zag of wijzigde je gegevens</h2>
<p>Zonder wat je zelf bekeek.</p>
${log.length ? table('Wie zag of wijzigde je gegevens', log) : '<p>Niemand anders bekeek je gegevens.</p>'}
</body>
</html>
`;
}
