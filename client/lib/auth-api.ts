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
