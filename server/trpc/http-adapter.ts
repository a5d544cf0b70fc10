/**
 * tRPC's HTTP protocol served straight from Fastify: queries by GET, mutations by POST, one call or a
 * batch (`/trpc/a,b?batch=1`), answers `{"result":{"data":…}}` or `{"error":…}` with tRPC's own
 * statuses (207 for a batch with mixed outcomes).
 *
 * Why not @trpc/server's Fastify adapter: it turns every request into a Fetch Request and every answer
 * into a Fetch Response and back (a USV check over the whole body, a web stream to the socket). That
 * cost more than the procedures themselves — the bare adapter answered ~5× fewer requests per second
 * than Fastify alone (decision 061). Procedures, middlewares, input parsing, error shapes (our
 * errorFormatter) and status codes are still tRPC's: we call them through its public exports.
 *
 * Not served, because the app uses none: subscriptions, streamed (jsonl) answers, multipart and
 * octet-stream inputs. A request for one gets tRPC's usual error, never a stream.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  getErrorShape,
  getTRPCErrorFromUnknown,
  TRPCError,
  type AnyTRPCProcedure,
  type AnyTRPCRouter,
  type inferRouterContext,
  type TRPCErrorShape,
} from '@trpc/server';
import { getHTTPStatusCode } from '@trpc/server/http';
import { jsonBytesOf } from '../cache/read-cache';
import { jsonNestsDeeperThan } from '../http/json-depth';

type ProcedureType = 'query' | 'mutation' | 'subscription';

export interface TrpcHttpOptions<R extends AnyTRPCRouter> {
  router: R;
  prefix: string;
  createContext: (req: FastifyRequest) => inferRouterContext<R>;
  maxBatchSize: number;
  onError?: (opts: { error: TRPCError; path: string | undefined; ctx: inferRouterContext<R> | undefined }) => void;
  /** Awaited after the procedures, before anything is sent; when it fails, the answer is an internal error. */
  beforeSend?: (ctx: inferRouterContext<R>) => Promise<unknown>;
  /** Bytes a request body may have; `largeBodies` names the procedures (by path) allowed more. */
  bodyLimit?: number;
  largeBodies?: Record<string, number>;
  /** Arrays and objects within each other an input may have; deeper is refused before it is parsed. */
  maxInputDepth?: number;
  /** Procedures that must come alone, never in a batch (the public ones: each is counted per IP). */
  unbatchable?: (procedure: AnyTRPCProcedure) => boolean;
}

const METHOD_OF: Record<ProcedureType, string> = { query: 'GET', mutation: 'POST', subscription: 'GET' };

/** The request's inputs, parsed once and only when a procedure asks for its input (as tRPC does). */
function inputReader(req: FastifyRequest, isBatch: boolean, maxDepth: number) {
  let parsed: Record<number, unknown> | undefined;
  return (index: number): unknown => {
    if (!parsed) {
      const query = (req.query as Record<string, string | string[] | undefined>).input;
      const text = req.method === 'GET' ? (Array.isArray(query) ? query[0] : query) : (req.body as string | undefined);
      if (text && jsonNestsDeeperThan(text, maxDepth))
        throw new TRPCError({ code: 'BAD_REQUEST', message: `Input nests deeper than ${maxDepth} levels` });
      let inputs: unknown;
      try {
        inputs = text ? JSON.parse(text) : undefined;
      } catch (cause) {
        throw new TRPCError({ code: 'PARSE_ERROR', message: 'Not JSON-parsable input', cause });
      }
      if (isBatch && inputs !== undefined && (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs))) {
        throw new TRPCError({ code: 'BAD_REQUEST', message: '"input" needs to be an object when doing a batch call' });
      }
      parsed = isBatch ? ((inputs ?? {}) as Record<number, unknown>) : { 0: inputs };
    }
    return parsed[index];
  };
}

const bytes = (text: string) => Buffer.from(text);
const RESULT_OPEN = bytes('{"result":{"data":');
const RESULT_CLOSE = bytes('}}');
const NO_RESULT = bytes('{"result":{}}');
const [BATCH_OPEN, BATCH_COMMA, BATCH_CLOSE] = ['[', ',', ']'].map(bytes) as [Buffer, Buffer, Buffer];

/** `{"result":{"data":…}}` around data that may already be serialised (read-cache.ts). */
function resultBytes(data: unknown): Buffer {
  const json = jsonBytesOf(data);
  return json === undefined ? NO_RESULT : Buffer.concat([RESULT_OPEN, json, RESULT_CLOSE]);
}

export async function registerTrpcRoutes<R extends AnyTRPCRouter>(
  app: FastifyInstance,
  opts: TrpcHttpOptions<R>,
): Promise<void> {
  const { router, createContext, maxBatchSize, onError, beforeSend, unbatchable, maxInputDepth = 32 } = opts;
  const config = router._def._config;
  const procedures = router._def.procedures as Record<string, AnyTRPCProcedure | undefined>;
  type Ctx = inferRouterContext<R>;

  const errorJson = (
    error: TRPCError,
    ctx: Ctx | undefined,
    path: string | undefined,
    type: ProcedureType | 'unknown',
    input: unknown,
  ) => {
    onError?.({ error, path, ctx });
    // the shape our errorFormatter makes; a router typed only as AnyTRPCRouter says `any`
    return { error: getErrorShape({ config, error, type, path, input, ctx }) as TRPCErrorShape };
  };

  async function handle(req: FastifyRequest, reply: FastifyReply, path: string) {
    reply.header('vary', 'trpc-accept, accept').header('content-type', 'application/json');
    if (req.method === 'HEAD') return reply.code(204).send();
    const isBatch = (req.query as Record<string, unknown>).batch === '1';
    const paths = isBatch ? path.split(',') : [path];
    const procs = paths.map((path) => (Object.hasOwn(procedures, path) ? procedures[path] : undefined));
    const types = new Set(procs.flatMap((p) => (p ? [p._def.type] : [])));
    const type: ProcedureType | 'unknown' = types.size === 1 ? [...types][0]! : 'unknown';
    let ctx: Ctx | undefined;
    try {
      if (isBatch && paths.length > maxBatchSize)
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'Batch call exceeds maximum size' });
      if (types.size > 1)
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `Cannot mix procedure types in call: ${[...types].join(', ')}`,
        });
      if (isBatch && unbatchable && procs.some((p) => p !== undefined && unbatchable(p)))
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'This procedure cannot be batched' });
      ctx = createContext(req);
    } catch (cause) {
      const json = errorJson(getTRPCErrorFromUnknown(cause), ctx, undefined, type, undefined);
      return reply.code(getHTTPStatusCode(json)).send(bytes(JSON.stringify(json)));
    }
    const readInput = inputReader(req, isBatch, maxInputDepth);

    const outcomes = await Promise.all(
      paths.map(async (path, index) => {
        const proc = procs[index];
        let input: unknown;
        try {
          if (!proc) throw new TRPCError({ code: 'NOT_FOUND', message: `No procedure found on path "${path}"` });
          const procType = proc._def.type;
          if (METHOD_OF[procType] !== req.method || procType === 'subscription') {
            throw new TRPCError({
              code: 'METHOD_NOT_SUPPORTED',
              message: `Unsupported ${req.method}-request to ${procType} procedure at path "${path}"`,
            });
          }
          const data: unknown = await proc({
            path,
            ctx,
            type: procType,
            signal: undefined,
            batchIndex: index,
            // a throw (input that is no JSON) must reach tRPC as a rejection, as from an async function
            getRawInput: () => new Promise((resolve) => resolve((input = readInput(index)))),
          });
          return { json: null, body: resultBytes(data) };
        } catch (cause) {
          const json = errorJson(getTRPCErrorFromUnknown(cause), ctx, path, proc?._def.type ?? 'unknown', input);
          return { json, body: bytes(JSON.stringify(json)) };
        }
      }),
    );
    if (beforeSend) {
      try {
        await beforeSend(ctx);
      } catch (cause) {
        const json = errorJson(getTRPCErrorFromUnknown(cause), ctx, undefined, type, undefined);
        return reply.code(getHTTPStatusCode(json)).send(bytes(JSON.stringify(json)));
      }
    }
    const status = getHTTPStatusCode(outcomes.map((o) => o.json ?? { result: { data: null } }));
    const body = isBatch
      ? Buffer.concat([
          BATCH_OPEN,
          ...outcomes.flatMap((o, i) => (i === 0 ? [o.body] : [BATCH_COMMA, o.body])),
          BATCH_CLOSE,
        ])
      : outcomes[0]!.body;
    return reply.code(status).send(body);
  }

  await app.register((scope, _opts, done) => {
    // The body stays text until a procedure asks for its input: unparsable JSON is then tRPC's PARSE_ERROR.
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => done(null, body));
    scope.all(`${opts.prefix}/:path`, { bodyLimit: opts.bodyLimit }, (req, reply) =>
      handle(req, reply, (req.params as { path: string }).path),
    );
    // A static route wins over the parametric one: only these paths (alone, not in a batch) take large bodies.
    for (const [path, bodyLimit] of Object.entries(opts.largeBodies ?? {}))
      scope.all(`${opts.prefix}/${path}`, { bodyLimit }, (req, reply) => handle(req, reply, path));
    done();
  });
}
