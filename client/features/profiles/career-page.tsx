import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { trpc } from '../../lib/trpc';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { Notice } from '../../components/ui/notice';
import { careerRoute } from '../../../shared/domain/career';
import type { BeroepsbeeldDomain } from '../../../shared/domain/beroepsbeeld';

/** "Mijn loopbaanroute": where the worker stands and the next steps for their direction, in the Beroepsbeeld's words. */
export function CareerPage() {
  const { t } = useTranslation('profiles');
  const query = trpc.profiles.mine.useQuery();
  return (
    <>
      <PageHeader title={t('career.title')} intro={t('career.intro')} />
      <QueryState query={query}>
        {({ profile }) => {
          if (profile === null)
            return (
              <Notice>
                {t('career.noProfile')} <Link to="/mijn-beroepsprofiel">{t('career.fillIn')}</Link>
              </Notice>
            );
          const route = careerRoute(profile.domains, profile.direction, profile.targetDomain);
          return (
            <>
              <section className="section" aria-labelledby="career-now">
                <h2 id="career-now">{t('career.now')}</h2>
                {profile.domains.length === 0 && <p>{t('career.noDomains')}</p>}
                <ul>
                  {profile.domains.map((d) => (
                    <li key={d.domain}>
                      <strong>
                        {t('career.step', { stage: t(`stages.${d.stage}`), domain: t(`domains.${d.domain}`) })}
                      </strong>
                      <DomainText domain={d.domain} />
                    </li>
                  ))}
                </ul>
                {profile.specialisations.length > 0 && (
                  <dl>
                    {profile.specialisations.map((s) => (
                      <div key={s}>
                        <dt>{t(`specialisations.${s}`)}</dt>
                        <dd>{t(`specialisationText.${s}`)}</dd>
                      </div>
                    ))}
                  </dl>
                )}
              </section>
              <section className="section" aria-labelledby="career-next">
                {profile.direction === null ? (
                  <>
                    <h2 id="career-next">{t('career.next', { direction: t('directions.none') })}</h2>
                    <p>{t('career.noDirection')}</p>
                  </>
                ) : (
                  <>
                    <h2 id="career-next">{t('career.next', { direction: t(`directions.${profile.direction}`) })}</h2>
                    <p className="muted">{t(`directionText.${profile.direction}`)}</p>
                    {route.length === 0 && <p>{t('career.atTop')}</p>}
                    <ol>
                      {route.map((step) => (
                        <li key={`${step.domain}-${step.stage}`}>
                          <strong>
                            {t('career.step', {
                              stage: t(`stages.${step.stage}`),
                              domain: t(`domains.${step.domain}`),
                            })}
                          </strong>
                          {step.chosen && <span className="badge">{t('career.chosen')}</span>}
                          <DomainText domain={step.domain} />
                        </li>
                      ))}
                    </ol>
                  </>
                )}
                {profile.wish && (
                  <>
                    <h3>{t('career.wish')}</h3>
                    <p className="prewrap">{profile.wish}</p>
                  </>
                )}
                <p className="muted">{t('career.stagesNote')}</p>
              </section>
            </>
          );
        }}
      </QueryState>
    </>
  );
}

function DomainText({ domain }: { domain: BeroepsbeeldDomain }) {
  const { t } = useTranslation('profiles');
  return (
    <>
      <p>{t(`domainText.${domain}`)}</p>
      <p className="muted">{t('career.example', { text: t(`domainExample.${domain}`) })}</p>
    </>
  );
}
