import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails, type RouterOutputs } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { ConfirmButton } from '../../components/ui/confirm-button';
import { DataTable } from '../../components/ui/data-table';
import { Notice } from '../../components/ui/notice';
import { Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import type { TeamRole } from '../../../shared/domain/mentor-teams';
import { TeamForm } from './team-form';

type Team = RouterOutputs['mentorTeams']['list'][number];

const toInput = (team: Team) => ({
  id: team.id,
  revision: team.revision,
  name: team.name,
  cohortId: team.cohortId,
  sessionWeekday: team.sessionWeekday,
  budgetHoursPerPeriod: team.budgetHoursPerPeriod,
  defaultPlannedDays: team.defaultPlannedDays,
  organisationIds: team.organisations.map((o) => o.id),
  members: team.members.map((m) => ({
    userId: m.userId,
    teamRole: m.teamRole as TeamRole,
    organisationId: m.organisationId,
  })),
});
const empty = {
  name: '',
  cohortId: 0,
  sessionWeekday: 2,
  budgetHoursPerPeriod: 100,
  defaultPlannedDays: null,
  organisationIds: [],
  members: [{ userId: 0, teamRole: 'praktijkopleider' as const, organisationId: null }],
};

/** The projectleider sets up teams: who is in them, which class, which day, which budget. */
export function TeamsSetup() {
  const { t } = useTranslation('mentor-teams');
  const query = trpc.mentorTeams.list.useQuery();
  const utils = trpc.useUtils();
  const refresh = () => utils.mentorTeams.invalidate();
  const create = trpc.mentorTeams.create.useMutation({ onSuccess: refresh });
  const update = trpc.mentorTeams.update.useMutation({ onSuccess: refresh });
  const remove = trpc.mentorTeams.remove.useMutation({ onSuccess: refresh });
  const [editing, setEditing] = useState<Team | 'new' | null>(null);
  const [status, setStatus] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const done = (text: string) => {
    setEditing(null);
    setStatus({ kind: 'success', text });
  };

  return (
    <Section title={t('setup.title')}>
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      {editing === null && <Button onClick={() => setEditing('new')}>{t('setup.add')}</Button>}
      {editing !== null && (
        <TeamForm
          key={editing === 'new' ? 'new' : editing.id}
          title={editing === 'new' ? t('setup.add') : t('setup.edit', { name: editing.name })}
          initial={editing === 'new' ? empty : toInput(editing)}
          onSubmit={async (value) => {
            await ('id' in value ? update.mutateAsync(value) : create.mutateAsync(value));
            done(t('setup.saved'));
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      <QueryState query={query}>
        {(teams) => (
          <DataTable
            caption={t('setup.title')}
            rows={teams}
            rowKey={(team) => team.id}
            columns={[
              { header: t('setup.name'), cell: (team) => team.name },
              { header: t('setup.cohort'), cell: (team) => team.cohortName },
              { header: t('setup.weekday'), cell: (team) => t(`common:weekdays.${team.sessionWeekday}`) },
              { header: t('setup.budget'), cell: (team) => team.budgetHoursPerPeriod, numeric: true },
              { header: t('setup.organisations'), cell: (team) => team.organisations.map((o) => o.name).join(', ') },
              {
                header: t('hours.actions'),
                cell: (team) => (
                  <span className="row-actions">
                    <Button
                      variant="secondary"
                      onClick={() => setEditing(team)}
                      aria-label={t('setup.edit', { name: team.name })}
                    >
                      {t('common:actions.edit')}
                    </Button>
                    <ConfirmButton
                      label={t('common:actions.delete')}
                      question={t('common:actions.reallyDelete', { name: team.name })}
                      onConfirm={() =>
                        remove.mutate(
                          { id: team.id },
                          {
                            onSuccess: () => done(t('setup.removed')),
                            onError: (e) => setStatus({ kind: 'error', text: errorDetails(e).message }),
                          },
                        )
                      }
                    />
                  </span>
                ),
              },
            ]}
          />
        )}
      </QueryState>
    </Section>
  );
}
