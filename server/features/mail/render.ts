import type { Locale } from './texts';

/** What a mail says, independent of its form; render() makes the plain-text and the HTML part of it. */
export interface MailContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  facts?: [label: string, value: string][];
  action?: { label: string; url: string };
}

export interface Rendered {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const FOOTER: Record<Locale, (unsubscribe: string, settings: string) => string[]> = {
  nl: (u, s) => [`Geen e-mail meer van deze soort: ${u}`, `Je e-mailinstellingen: ${s}`],
  en: (u, s) => [`No more mail of this kind: ${u}`, `Your mail settings: ${s}`],
};

export function render(
  content: MailContent,
  locale: Locale,
  footer?: { unsubscribeUrl: string; settingsUrl: string },
): Rendered {
  const footerLines = footer ? FOOTER[locale](footer.unsubscribeUrl, footer.settingsUrl) : [];
  const facts = (content.facts ?? []).map(([label, value]) => `${label}: ${value}`);
  const text = [
    content.greeting,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(facts.length ? [...facts, ''] : []),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    '-- ',
    'Werkplaats',
    ...footerLines,
  ].join('\n');
  const link = (url: string, label: string) => `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5">',
    `<p>${escapeHtml(content.greeting)}</p>`,
    ...content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    facts.length
      ? `<table>${(content.facts ?? []).map(([l, v]) => `<tr><th align="left">${escapeHtml(l)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>`
      : '',
    content.action ? `<p>${link(content.action.url, content.action.label)}</p>` : '',
    footer
      ? `<hr><p style="font-size: small">${link(footer.unsubscribeUrl, footerLines[0]!.split(':')[0]!)} · ${link(footer.settingsUrl, footerLines[1]!.split(':')[0]!)}</p>`
      : '',
    '</body></html>',
  ].join('\n');
  return { subject: content.subject, text, html };
}
