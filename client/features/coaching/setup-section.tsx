import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, conflictOf, errorDetails } from '../../lib/trpc';
import { Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { ConflictNotice } from '../../components/ui/conflict-notice';
import { LabelRow } from './label-row';
import { CoachForm } from './coach-form';
import { CoachRow } from './coach-row';
import { RoleRow } from './role-row';

/** Labels, coaching roles and coaches: what the partnership manages (projectleider, beheerder). */
export function CoachingSetup() {
  const { t } = useTranslation('coaching');
  const utils = trpc.useUtils();
  const query = trpc.coaching.setup.useQuery();
  const refresh = () => {
    void utils.coaching.setup.invalidate();
  };
  const defaults = trpc.coaching.addDefaults.useMutation({ onSuccess: refresh });
  const createLabel = trpc.coaching.createLabel.useMutation({ onSuccess: refresh });
  const createRole = trpc.coaching.createRole.useMutation({ onSuccess: refresh });
  const [labelName, setLabelName] = useState('');
  const [roleName, setRoleName] = useState('');
  const failed = createLabel.error ?? createRole.error;
  const conflict = conflictOf(failed);
  return (
    <QueryState query={query}>
      {(data) => (
        <>
          <Section title={t('setup.labels')} id="labels">
            {data.labels.length === 0 && (
              <Button variant="secondary" onClick={() => defaults.mutate()}>
                {t('setup.addDefaults')}
              </Button>
            )}
            {failed && !conflict && <Notice kind="error">{errorDetails(failed).message}</Notice>}
            {conflict && <ConflictNotice message={conflict.message} onReload={refresh} />}
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('setup.name')}</th>
                  <th scope="col">{t('setup.share')}</th>
                  <th scope="col">{t('setup.active')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('setup.save')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.labels.map((label) => (
                  <LabelRow key={`${label.id}:${label.revision}`} label={label} onSaved={refresh} />
                ))}
              </tbody>
            </table>
            <form
              className="inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                createLabel.mutate({ name: labelName }, { onSuccess: () => setLabelName('') });
              }}
            >
              <label htmlFor="new-label">{t('setup.newLabel')}</label>
              <input id="new-label" value={labelName} onChange={(e) => setLabelName(e.target.value)} />
              <Button type="submit">{t('setup.add')}</Button>
            </form>
          </Section>
          <Section title={t('setup.roles')} id="roles">
            <ul>
              {data.roles.map((r) => (
                <RoleRow key={`${r.id}:${r.revision}`} role={r} onSaved={refresh} />
              ))}
            </ul>
            <form
              className="inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                createRole.mutate({ name: roleName }, { onSuccess: () => setRoleName('') });
              }}
            >
              <label htmlFor="new-role">{t('setup.newRole')}</label>
              <input id="new-role" value={roleName} onChange={(e) => setRoleName(e.target.value)} />
              <Button type="submit">{t('setup.add')}</Button>
            </form>
          </Section>
          <Section title={t('setup.coaches')} id="coaches">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('setup.name')}</th>
                  <th scope="col">{t('overview.role')}</th>
                  <th scope="col">{t('grid.locationId')}</th>
                  <th scope="col">{t('grid.organisationId')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('setup.save')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.coaches.map((c) => (
                  <CoachRow key={`${c.id}:${c.revision}`} coach={c} choices={data} onSaved={refresh} />
                ))}
              </tbody>
            </table>
            {data.candidates.length > 0 && data.roles.length > 0 && <CoachForm data={data} onSaved={refresh} />}
          </Section>
        </>
      )}
    </QueryState>
  );
}
