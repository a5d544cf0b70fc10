import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { trpc } from '../../lib/trpc';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { ConfirmButton } from '../../components/ui/confirm-button';
import { ProfileForm } from './profile-form';

/** "Mijn beroepsprofiel": consent first; then the worker's own profile, which only they see. */
export function MyProfilePage() {
  const { t } = useTranslation('profiles');
  const utils = trpc.useUtils();
  const query = trpc.profiles.mine.useQuery();
  const [withdrawn, setWithdrawn] = useState(false);
  const refresh = () => void utils.profiles.invalidate();
  const consent = trpc.profiles.consent.useMutation({ onSuccess: refresh });
  const withdraw = trpc.profiles.withdraw.useMutation({
    onSuccess: () => {
      setWithdrawn(true);
      refresh();
    },
  });
  return (
    <>
      <PageHeader title={t('mine.title')} intro={t('mine.intro')} />
      {withdrawn && <Notice kind="success">{t('mine.withdrawn')}</Notice>}
      <QueryState query={query}>
        {(data) =>
          data.profile === null ? (
            <section className="section" aria-labelledby="consent-title">
              <h2 id="consent-title">{t('mine.consentTitle')}</h2>
              <p>{t('mine.consentText')}</p>
              <Button
                onClick={() => {
                  setWithdrawn(false);
                  consent.mutate();
                }}
                disabled={consent.isPending}
              >
                {t('mine.consent')}
              </Button>
            </section>
          ) : (
            <>
              <p>
                <Link to="/mijn-beroepsprofiel/loopbaan">{t('mine.careerLink')}</Link>
              </p>
              <ProfileForm
                key={data.profile.consentedAt}
                profile={data.profile}
                fixedLocationId={data.fixedLocationId}
                locations={data.locations}
                onSaved={refresh}
              />
              <section className="section" aria-labelledby="consent-title">
                <h2 id="consent-title">{t('mine.consentTitle')}</h2>
                <p>{t('mine.consentText')}</p>
                <ConfirmButton
                  label={t('mine.withdraw')}
                  question={t('mine.withdrawQuestion')}
                  confirmLabel={t('mine.withdrawConfirm')}
                  onConfirm={() => withdraw.mutate()}
                />
              </section>
            </>
          )
        }
      </QueryState>
    </>
  );
}
