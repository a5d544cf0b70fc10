import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { formatDateTime } from '../../lib/format';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { MAIL_STATUSES, type MailStatus } from '../../../shared/domain/mail';

/** "Uitgaande e-mail": what was sent, waits or failed (with why); without SMTP_URL everything waits here. */
export function OutboxPage() {
  const { t } = useTranslation('mail');
  const [status, setStatus] = useState<MailStatus | null>(null);
  const outbox = trpc.mail.outbox.useQuery({ status });
  return (
    <>
      <PageHeader title={t('outbox.title')} intro={t('outbox.intro')} />
      <label>
        {t('outbox.filter')}{' '}
        <select value={status ?? ''} onChange={(e) => setStatus((e.target.value || null) as MailStatus | null)}>
          <option value="">{t('outbox.all')}</option>
          {MAIL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <QueryState query={outbox} empty={(rows) => rows.length === 0}>
        {(rows) => (
          <ul className="plain outbox">
            {rows.map((mail) => (
              <li key={mail.id}>
                <details>
                  <summary>
                    <strong>{mail.subject}</strong> — {mail.to} — {t(`status.${mail.status as MailStatus}`)} ·{' '}
                    {formatDateTime(mail.createdAt)}
                    {mail.attempts > 0 && ` · ${t('outbox.attempts', { count: mail.attempts })}`}
                  </summary>
                  {mail.lastError && <p className="field-error">{t('outbox.reason', { reason: mail.lastError })}</p>}
                  <pre className="mail-text">{mail.text}</pre>
                </details>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </>
  );
}
