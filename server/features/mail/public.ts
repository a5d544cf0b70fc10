/** The mail feature as other features use it: queue a mail or a notification inside your transaction. */
import type { Db } from '../../../db/client';
import type { Clock } from '../../clock';
import { smtpTransport, startMailSender } from './sender';
import { startMailJobs } from './jobs';

export { queueInvitationMail } from './invitation-mail';
export { configureMail, publicUrl } from './settings';
export { registerMailRoutes } from './mail.routes';

/** Starts the reminder jobs, and the sender when SMTP_URL is set (without it mail waits in the outbox). */
export function startMail(db: Db, clock: Clock, opts: { smtpUrl?: string; log: (error: unknown) => void }) {
  const jobs = startMailJobs(db, clock, opts.log);
  const sender = opts.smtpUrl ? startMailSender(db, clock, smtpTransport(opts.smtpUrl), 5_000, opts.log) : null;
  return {
    async stop() {
      jobs.stop();
      await sender?.stop();
    },
  };
}
export {
  notifyActionAssigned,
  notifyNewReflection,
  notifyPlacementPublished,
  notifySignalForwarded,
} from './notifications';
