import type { FastifyReply, FastifyRequest } from 'fastify';
import { translateMessage } from '../../shared/i18n/messages';
import { languageOf } from './request-actor';

export type OidcProblem = 'unknown' | 'expired' | 'refused' | 'failed' | 'providerDown' | 'noEmail';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * A plain page for a login through the provider that cannot go on: what happened and what to do, in the
 * person's language, with the way back. Never a stack or an error code from the provider.
 */
export function sendOidcProblem(
  req: FastifyRequest,
  reply: FastifyReply,
  status: number,
  problem: OidcProblem,
  params: { label: string; email?: string },
) {
  const lang = languageOf(req);
  const text = (key: string) => escape(translateMessage(key, lang, { label: params.label, email: params.email ?? '' }));
  const title = text(`e.oidc.${problem}Title`);
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .send(
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
        '<meta name="viewport" content="width=device-width, initial-scale=1">' +
        `<title>${title} – Werkplaats</title></head><body><main>` +
        `<h1>${title}</h1><p>${text(`e.oidc.${problem}`)}</p>` +
        `<p><a href="/">${text('e.oidc.back')}</a></p></main></body></html>`,
    );
}
