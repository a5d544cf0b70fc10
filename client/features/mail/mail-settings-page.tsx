import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { PageHeader, Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { MAIL_MODES, type MailMode } from '../../../shared/domain/mail';
import { CalendarFeedSection } from './calendar-feed-section';

/** Per kind of mail: direct, daily digest or off; and the private calendar feed. */
export function MailSettingsPage() {
  const { t } = useTranslation('mail');
  const utils = trpc.useUtils();
  const preferences = trpc.mail.preferences.useQuery();
  const save = trpc.mail.setPreference.useMutation({ onSuccess: () => utils.mail.preferences.invalidate() });
  return (
    <>
      <PageHeader title={t('settings.title')} intro={t('settings.intro')} />
      <Section title={t('settings.mails')}>
        <QueryState query={preferences}>
          {(rows) => (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('settings.kind')}</th>
                  <th scope="col">{t('settings.how')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.kind}>
                    <th scope="row">{t(`kinds.${row.kind}`)}</th>
                    <td>
                      <select
                        aria-label={t('settings.howFor', { kind: t(`kinds.${row.kind}`) })}
                        value={row.mode}
                        onChange={(e) => save.mutate({ kind: row.kind, mode: e.target.value as MailMode })}
                      >
                        {MAIL_MODES.map((mode) => (
                          <option key={mode} value={mode}>
                            {t(`modes.${mode}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </QueryState>
        <p className="hint">{t('settings.always')}</p>
      </Section>
      <CalendarFeedSection />
    </>
  );
}
