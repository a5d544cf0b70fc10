/**
 * Our tRPC HTTP adapter (server/trpc/http-adapter.ts) against tRPC's own fetch adapter as the
 * reference: the same router, the same requests, the same statuses and bodies — so the client's
 * httpBatchLink cannot tell them apart.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { initTRPC, TRPCError } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registerTrpcRoutes } from '../../server/trpc/http-adapter';
import { jsonBytesOf } from '../../server/cache/read-cache';
import { trpcError } from '../helpers/answers';

// no stacks in error shapes (as in production), so that bodies compare
const t = initTRPC.context<{ who: string }>().create({ isDev: false });
const kept = { students: [{ name: 'Daan' }] };
const router = t.router({
  hello: t.procedure
    .input(z.object({ name: z.string().min(1) }))
    .query(({ input, ctx }) => `Hallo ${input.name}, ${ctx.who}`),
  nothing: t.procedure.query(() => undefined),
  kept: t.procedure.query(() => kept),
  denied: t.procedure.query(() => {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'nee' });
  }),
  broken: t.procedure.query(() => {
    throw new Error('SQLITE_ERROR: no such table');
  }),
  save: t.procedure.input(z.object({ n: z.number().int() })).mutation(({ input }) => ({ n: input.n + 1 })),
});
const createContext = () => ({ who: 'mentor' });

let app: FastifyInstance;
const errors: string[] = [];
beforeAll(async () => {
  app = Fastify();
  await registerTrpcRoutes(app, {
    prefix: '/trpc',
    router,
    createContext,
    maxBatchSize: 3,
    onError: ({ error, path }) => errors.push(`${path}:${error.code}`),
  });
});
afterAll(() => app.close());

interface Call {
  method: 'GET' | 'POST' | 'HEAD';
  url: string;
  body?: string;
}
async function ours({ method, url, body }: Call) {
  const res = await app.inject({
    method,
    url,
    payload: body,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
  });
  return { status: res.statusCode, body: res.body };
}
async function reference({ method, url, body }: Call) {
  const req = new Request(`http://localhost${url}`, {
    method,
    body,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
  });
  const res = await fetchRequestHandler({ endpoint: '/trpc', req, router, createContext, maxBatchSize: 3 });
  return { status: res.status, body: await res.text() };
}
const input = (value: unknown) => encodeURIComponent(JSON.stringify(value));

describe('the tRPC HTTP protocol, as tRPC answers it', () => {
  it.each<[string, Call]>([
    ['a query', { method: 'GET', url: `/trpc/hello?input=${input({ name: 'Sanne' })}` }],
    ['a query without input', { method: 'GET', url: '/trpc/kept' }],
    ['a query answering nothing', { method: 'GET', url: '/trpc/nothing' }],
    ['invalid input (400 with the zod issues)', { method: 'GET', url: `/trpc/hello?input=${input({ name: '' })}` }],
    ['a refusal (403)', { method: 'GET', url: '/trpc/denied' }],
    ['an unknown procedure (404)', { method: 'GET', url: '/trpc/nope' }],
    ['a mutation by GET (405)', { method: 'GET', url: `/trpc/save?input=${input({ n: 1 })}` }],
    ['a query by POST (405)', { method: 'POST', url: '/trpc/hello', body: JSON.stringify({ name: 'x' }) }],
    ['a mutation', { method: 'POST', url: '/trpc/save', body: JSON.stringify({ n: 41 }) }],
    ['a batch of queries', { method: 'GET', url: `/trpc/hello,kept?batch=1&input=${input({ 0: { name: 'Sanne' } })}` }],
    [
      'a batch with mixed outcomes (207)',
      { method: 'GET', url: `/trpc/hello,denied,nope?batch=1&input=${input({ 0: { name: 'Sanne' } })}` },
    ],
    ['a batch all refused (one status)', { method: 'GET', url: '/trpc/denied,denied?batch=1&input={}' }],
    [
      'a batch of mutations',
      { method: 'POST', url: '/trpc/save,save?batch=1', body: JSON.stringify({ 0: { n: 1 }, 1: { n: 2 } }) },
    ],
    ['a batch over the limit (400)', { method: 'GET', url: '/trpc/kept,kept,kept,kept?batch=1&input={}' }],
    ['a batch mixing queries and mutations (400)', { method: 'GET', url: '/trpc/kept,save?batch=1&input={}' }],
    ['HEAD (204)', { method: 'HEAD', url: '/trpc/kept' }],
  ])('%s', async (_, call) => {
    const [a, b] = await Promise.all([ours(call), reference(call)]);
    expect(a.status).toBe(b.status);
    expect(a.body === '' ? '' : JSON.parse(a.body)).toEqual(b.body === '' ? '' : JSON.parse(b.body));
  });

  it('answers an internal error as 500 and reports it to onError', async () => {
    errors.length = 0;
    const res = await ours({ method: 'GET', url: '/trpc/broken' });
    expect(res.status).toBe(500);
    expect(trpcError(res).data.code).toBe('INTERNAL_SERVER_ERROR');
    expect(errors).toEqual(['broken:INTERNAL_SERVER_ERROR']);
  });

  it('answers unparsable JSON input with PARSE_ERROR (400), for a GET and a POST', async () => {
    for (const call of [
      { method: 'GET', url: '/trpc/hello?input=%7B%22name' },
      { method: 'POST', url: '/trpc/save', body: '{"n":' },
    ] as Call[]) {
      const res = await ours(call);
      expect(res.status).toBe(400);
      expect(trpcError(res).data.code).toBe('PARSE_ERROR');
    }
  });

  it('sends JSON with the headers the reference sends', async () => {
    const res = await app.inject({ method: 'GET', url: '/trpc/kept' });
    expect(res.headers['content-type']).toBe('application/json');
    expect(res.headers.vary).toBe('trpc-accept, accept');
  });
});

describe('jsonBytesOf', () => {
  it('is JSON.stringify as UTF-8 for any value', () => {
    const value = { naam: 'Anaïs — “LOS”', n: [1, null], d: new Date(0) };
    expect(jsonBytesOf(value)!.toString('utf8')).toBe(JSON.stringify(value));
    expect(jsonBytesOf(undefined)).toBeUndefined();
    expect(jsonBytesOf('tekst')!.toString()).toBe('"tekst"');
  });
});
