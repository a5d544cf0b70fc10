/**
 * The built client as the web expects it: brotli or gzip copies made at build time (vite.config.ts) sent
 * as they are, content-hashed assets cached for a year (a new build has new names), and the app shell
 * revalidated on every visit so a deploy reaches everyone at once.
 */
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Vite names built assets `<name>-<hash>.<ext>` under assets/ (`.br`/`.gz` copies beside them); never rewritten. */
const HASHED_ASSET = /[/\\]assets[/\\][^/\\]+-[\w-]{8,}(\.\w+)+$/;

export async function registerStaticFiles(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders(reply, path) {
      reply.header('cache-control', HASHED_ASSET.test(path) ? IMMUTABLE : REVALIDATE);
    },
  });
}
