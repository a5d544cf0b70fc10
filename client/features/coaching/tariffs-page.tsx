import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { PageHeader, Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { TariffRow } from './tariff-row';
import { CostKeyForm } from './cost-key-form';
import { YearPicker } from './year-picker';

/** "Tarieven": hourly tariffs per role or person for a year, and the mentor teams' keys (decision 089). */
export function TariffsPage() {
  const { t } = useTranslation('coaching-costs');
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [person, setPerson] = useState<number | null>(null);
  const utils = trpc.useUtils();
  const query = trpc.coaching.tariffs.useQuery({ year });
  const refresh = () => void utils.coaching.tariffs.invalidate();
  return (
    <>
      <PageHeader title={t('tariffs.title')} intro={t('tariffs.intro')} />
      <YearPicker id="tariffs-year" year={year} onChange={setYear} />
      <QueryState query={query}>
        {(data) => {
          const personal = data.people.filter(
            (p) => p.userId === person || data.tariffs.some((x) => x.userId === p.userId),
          );
          return (
            // Keyed by year: each row starts from that year's stored tariff.
            <div key={data.year}>
              <Section title={t('tariffs.perRole')} id="tarieven">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('tariffs.for')}</th>
                      <th scope="col">{t('tariffs.euros')}</th>
                      <th scope="col">{t('tariffs.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.roles.map((r) => (
                      <TariffRow
                        key={`c${r.id}`}
                        year={year}
                        name={r.name}
                        target={{ kind: 'coachingRole', coachingRoleId: r.id }}
                        tariff={data.tariffs.find((x) => x.coachingRoleId === r.id)}
                        onSaved={refresh}
                      />
                    ))}
                    {data.teamRoles.map((r) => (
                      <TariffRow
                        key={`t${r}`}
                        year={year}
                        name={t(`teamRole.${r}`)}
                        target={{ kind: 'teamRole', teamRole: r }}
                        tariff={data.tariffs.find((x) => x.teamRole === r)}
                        onSaved={refresh}
                      />
                    ))}
                    {personal.map((p) => (
                      <TariffRow
                        key={`u${p.userId}`}
                        year={year}
                        name={p.name}
                        target={{ kind: 'person', userId: p.userId }}
                        tariff={data.tariffs.find((x) => x.userId === p.userId)}
                        onSaved={refresh}
                      />
                    ))}
                  </tbody>
                </table>
                <div className="inline-field add-row">
                  <label htmlFor="tariff-person">{t('tariffs.addPerson')}</label>
                  <select
                    id="tariff-person"
                    value={person ?? ''}
                    onChange={(e) => setPerson(e.target.value ? Number(e.target.value) : null)}
                  >
                    <option value="">{t('tariffs.choosePerson')}</option>
                    {data.people.map((p) => (
                      <option key={p.userId} value={p.userId}>
                        {p.name}
                      </option>
                    ))}
                  </select>
                </div>
              </Section>
              <Section title={t('keys.title')} id="verdeelsleutels">
                <p>{t('keys.intro')}</p>
                {data.teams
                  .filter((team) => team.organisations.length > 0)
                  .map((team) => (
                    <CostKeyForm key={team.id} year={year} team={team} onSaved={refresh} />
                  ))}
              </Section>
            </div>
          );
        }}
      </QueryState>
    </>
  );
}
