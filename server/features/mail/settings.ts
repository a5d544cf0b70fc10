/**
 * Where links in mails and feeds point, and who mails come from. Set once at start-up (buildServer);
 * services and jobs read it instead of carrying the public address through every call.
 */
let settings = { publicUrl: 'http://localhost:3000', from: 'Werkplaats <noreply@werkplaats.local>' };

export function configureMail(next: { publicUrl: string; from?: string }): void {
  settings = { publicUrl: next.publicUrl.replace(/\/$/, ''), from: next.from ?? settings.from };
}

export const publicUrl = (path = ''): string => `${settings.publicUrl}${path}`;
export const mailFrom = (): string => settings.from;
