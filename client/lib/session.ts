import { trpc, type RouterOutputs } from './trpc';
import { rolesGrant, type Permission } from '../../shared/domain/permissions';

export type Me = NonNullable<RouterOutputs['session']['me']>;

export function useMe() {
  return trpc.session.me.useQuery(undefined, { staleTime: 60_000, retry: false });
}

/** For showing or hiding things; the server checks again on every call. */
export function can(me: Me | null | undefined, permission: Permission): boolean {
  return Boolean(me) && rolesGrant(me!.roles, permission);
}
