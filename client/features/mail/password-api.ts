/** The REST contract of the password reset (POST /auth/password/forgot and /auth/password/reset). */
type Answer = { ok: true } | { ok: false; message: string; fieldErrors: Record<string, string> };

async function post(url: string, body: unknown): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'same-origin',
  });
  if (res.ok) return { ok: true };
  const answer = (await res.json().catch(() => ({}))) as { error?: string; fieldErrors?: Record<string, string> };
  return { ok: false, message: answer.error ?? res.statusText, fieldErrors: answer.fieldErrors ?? {} };
}

export const requestReset = (email: string) => post('/auth/password/forgot', { email });
export const resetPassword = (token: string, password: string) => post('/auth/password/reset', { token, password });
export const unsubscribe = (token: string) => post(`/mail/uitschrijven/${encodeURIComponent(token)}`, {});
