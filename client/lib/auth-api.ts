import { useQuery } from '@tanstack/react-query';
/** The REST auth contract (POST /auth/login, /auth/logout); everything else goes through tRPC. */
export async function login(
  email: string,
  password: string,
): Promise<{ ok: true } | { ok: false; status: number; message: string }> {
  const res = await fetch('/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
    credentials: 'same-origin',
  });
  if (res.ok) return { ok: true };
  const body = (await res.json().catch(() => ({}))) as { error?: string };
  return { ok: false, status: res.status, message: body.error ?? res.statusText };
}

export async function logout(): Promise<void> {
  await fetch('/auth/logout', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
    credentials: 'same-origin',
  });
}

export interface AuthOptions {
  /** The button text's provider ("SURFconext") when OpenID Connect is configured. */
  oidcLabel: string | null;
  /** Demo accounts with the published demo password exist. */
  demo: boolean;
}

export function useAuthOptions() {
  return useQuery({
    queryKey: ['auth-options'],
    staleTime: 5 * 60_000,
    queryFn: async (): Promise<AuthOptions> => {
      const res = await fetch('/auth/options', { credentials: 'same-origin' });
      return res.ok ? ((await res.json()) as AuthOptions) : { oidcLabel: null, demo: false };
    },
  });
}
