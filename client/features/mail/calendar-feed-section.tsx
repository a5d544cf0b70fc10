import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { formatDateTime } from '../../lib/format';
import { Section } from '../../components/ui/page';
import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';

/** The private feed URL: shown once when made (only its hash is kept); renewing ends the old one. */
export function CalendarFeedSection() {
  const { t } = useTranslation('mail');
  const utils = trpc.useUtils();
  const status = trpc.calendar.status.useQuery();
  const renew = trpc.calendar.renew.useMutation({ onSuccess: () => utils.calendar.status.invalidate() });
  const since = status.data?.since ?? null;
  return (
    <Section title={t('calendar.title')}>
      <p>{t('calendar.intro')}</p>
      {renew.data ? (
        <Notice kind="success">
          {t('calendar.copy')}{' '}
          <input
            readOnly
            aria-label={t('calendar.url')}
            value={renew.data.url}
            size={60}
            onFocus={(e) => e.target.select()}
          />
        </Notice>
      ) : since !== null ? (
        <p>{t('calendar.since', { when: formatDateTime(since) })}</p>
      ) : null}
      <Button variant="secondary" disabled={renew.isPending} onClick={() => renew.mutate()}>
        {since === null ? t('calendar.make') : t('calendar.renew')}
      </Button>
    </Section>
  );
}
