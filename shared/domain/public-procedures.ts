/**
 * The procedures anyone may call without a session (permission 'public'). The server refuses them in a
 * batch and counts them per IP; the client therefore sends them one per request (client/lib/trpc.ts).
 * tests/server/public-procedures.test.ts keeps this list equal to the router's public procedures.
 */
export const PUBLIC_PROCEDURES: readonly string[] = ['session.me', 'people.inviteInfo', 'people.acceptInvite'];
