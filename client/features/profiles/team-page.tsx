import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { trpc, type RouterOutputs } from '../../lib/trpc';
import { can, useMe } from '../../lib/session';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { Notice } from '../../components/ui/notice';
import { BEROEPSBEELD_DOMAIN_CODES, BEROEPSBEELD_STAGES } from '../../../shared/domain/beroepsbeeld';

/** "Teamprofiel": a team's coverage of the Beroepsbeeld (domains × stages) and its gaps, linked to the signals. */
export function TeamProfilePage() {
  const { t } = useTranslation('profiles');
  const teams = trpc.profiles.teams.useQuery();
  const [chosen, setChosen] = useState<number | null>(null);
  return (
    <>
      <PageHeader title={t('team.title')} intro={t('team.intro')} />
      <QueryState query={teams}>
        {(list) => {
          if (list.length === 0) return <Notice>{t('team.none')}</Notice>;
          const id = chosen ?? (list.find((x) => x.own) ?? list[0]!).id;
          return (
            <>
              {list.length > 1 && (
                <div className="field">
                  <label htmlFor="team-choice">{t('team.choose')}</label>
                  <select id="team-choice" value={id} onChange={(e) => setChosen(Number(e.target.value))}>
                    {list.map((x) => (
                      <option key={x.id} value={x.id}>
                        {x.name}
                      </option>
                    ))}
                  </select>
                </div>
              )}
              <TeamView topLocationId={id} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}

type View = RouterOutputs['profiles']['team'];

function TeamView({ topLocationId }: { topLocationId: number }) {
  const { t } = useTranslation('profiles');
  const query = trpc.profiles.team.useQuery({ topLocationId });
  const signals = can(useMe().data, 'mentorTeams.signals');
  return (
    <QueryState query={query}>
      {(view: View) => (
        <>
          <h2>{view.location.name}</h2>
          {!view.exact && <Notice>{t('team.shielded')}</Notice>}
          <table className="table">
            <caption>{t('team.caption', { workers: view.workers })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('team.domain')}</th>
                {BEROEPSBEELD_STAGES.map((stage) => (
                  <th scope="col" key={stage} className="num">
                    {t(`stages.${stage}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {BEROEPSBEELD_DOMAIN_CODES.map((domain, i) => (
                <tr key={domain}>
                  <th scope="row">{t(`domains.${domain}`)}</th>
                  {view.cells[i]!.map((n, j) => (
                    <td key={j} className="num">
                      {n}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <section aria-labelledby="team-gaps">
            <h3 id="team-gaps">{t('team.gaps')}</h3>
            {view.gaps.length === 0 ? (
              <p>{t('team.noGaps')}</p>
            ) : (
              <ul className="gaps">
                {view.gaps.map((gap) => (
                  <li key={gap.domain}>
                    {t(`team.${gap.kind}`, { domain: t(`domains.${gap.domain}`) })}
                    {signals && (
                      <>
                        {' — '}
                        <Link to={`/signalen?domein=${gap.domain}`}>{t('team.signals')}</Link>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </QueryState>
  );
}
