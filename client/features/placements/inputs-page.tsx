import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc, type RouterOutputs } from '../../lib/trpc';
import { can, type Me } from '../../lib/session';
import { Button } from '../../components/ui/button';
import { ConfirmButton } from '../../components/ui/confirm-button';
import { DataTable } from '../../components/ui/data-table';
import { Notice } from '../../components/ui/notice';
import { Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { useRoundOutlet } from './round-layout';
import { LocationForm } from './location-form';
import { StudentForm } from './student-form';
import { SupervisorEditor } from './supervisor-editor';
import { useActionStatus, useDayList } from './placements-ui';

type Inputs = RouterOutputs['placements']['inputs'];

/** The round's inputs, all editable until publication: locations with werkbegeleiders, and students. */
export function InputsPage({ me }: { me: Me }) {
  const { t } = useTranslation('placements');
  const { round } = useRoundOutlet();
  const query = trpc.placements.inputs.useQuery({ roundId: round.id });
  const editable = can(me, 'placements.manage') && round.status !== 'gepubliceerd';
  return (
    <>
      {round.status === 'gepubliceerd' && <Notice kind="info">{t('inputs.publishedFixed')}</Notice>}
      <p>
        {t('inputs.intro')} <Link to={`/plaatsingen/${round.id}/importeren`}>{t('inputs.orImport')}</Link>
      </p>
      <QueryState query={query}>
        {(inputs) => (
          <>
            <LocationsSection roundId={round.id} inputs={inputs} editable={editable} />
            <StudentsSection roundId={round.id} inputs={inputs} editable={editable} />
          </>
        )}
      </QueryState>
    </>
  );
}

function LocationsSection({ roundId, inputs, editable }: { roundId: number; inputs: Inputs; editable: boolean }) {
  const { t } = useTranslation('placements');
  const utils = trpc.useUtils();
  const dayList = useDayList();
  const status = useActionStatus();
  const remove = trpc.placements.removeLocation.useMutation({ onSuccess: () => utils.placements.invalidate() });
  const copy = trpc.placements.copyLocations.useMutation({ onSuccess: () => utils.placements.invalidate() });
  const [editing, setEditing] = useState<Inputs['locations'][number] | 'new' | null>(null);
  const [supervisorsOf, setSupervisorsOf] = useState<number | null>(null);
  const shown = inputs.locations.find((l) => l.id === supervisorsOf);
  return (
    <Section title={t('inputs.locations')}>
      {status.view}
      {editable && editing === null && inputs.options.addableLocations.length > 0 && (
        <div className="inline-actions">
          <Button onClick={() => setEditing('new')}>{t('inputs.addLocation')}</Button>
          <Button
            variant="secondary"
            disabled={copy.isPending}
            onClick={() =>
              void copy
                .mutateAsync({ roundId })
                .then(
                  (r) => status.done(t('inputs.copied', { count: r.copied, round: r.fromRoundName })),
                  status.failed,
                )
            }
          >
            {t('inputs.copyLocations')}
          </Button>
        </div>
      )}
      {editing !== null && (
        <LocationForm
          key={editing === 'new' ? 'new' : editing.id}
          roundId={roundId}
          inputs={inputs}
          editing={editing === 'new' ? null : editing}
          onDone={() => {
            setEditing(null);
            status.done(t('common:state.saved'));
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      <DataTable
        caption={t('inputs.locations')}
        rows={inputs.locations}
        rowKey={(l) => l.id}
        columns={[
          { header: t('fields.location'), cell: (l) => l.name },
          { header: t('fields.capacity'), cell: (l) => l.capacity, numeric: true },
          { header: t('fields.openDays'), cell: (l) => dayList(l.openDays) },
          {
            header: t('inputs.programmeCapacity'),
            cell: (l) => l.programmeCapacity.map((p) => `${p.programmeName} ${p.capacity}`).join(', ') || '—',
          },
          {
            header: t('inputs.supervisors'),
            cell: (l) => l.supervisors.map((s) => `${s.name} (${s.capacity})`).join(', ') || '—',
          },
          {
            header: t('fields.actions'),
            cell: (l) => (
              <span className="row-actions">
                <Button
                  variant="secondary"
                  onClick={() => setSupervisorsOf(l.id)}
                  aria-label={t('inputs.supervisorsOf', { name: l.name })}
                >
                  {t('inputs.supervisors')}
                </Button>
                {editable && (
                  <Button
                    variant="secondary"
                    onClick={() => setEditing(l)}
                    aria-label={`${t('common:actions.edit')}: ${l.name}`}
                  >
                    {t('common:actions.edit')}
                  </Button>
                )}
                {editable && (
                  <ConfirmButton
                    label={t('common:actions.delete')}
                    question={t('inputs.removeLocationQuestion', { name: l.name })}
                    onConfirm={() =>
                      void remove
                        .mutateAsync({ id: l.id })
                        .then(() => status.done(t('common:state.deleted')), status.failed)
                    }
                  />
                )}
              </span>
            ),
          },
        ]}
      />
      {shown && <SupervisorEditor key={shown.id} location={shown} inputs={inputs} editable={editable} />}
    </Section>
  );
}

function StudentsSection({ roundId, inputs, editable }: { roundId: number; inputs: Inputs; editable: boolean }) {
  const { t } = useTranslation('placements');
  const utils = trpc.useUtils();
  const dayList = useDayList();
  const status = useActionStatus();
  const addAll = trpc.placements.addAllStudents.useMutation({ onSuccess: () => utils.placements.invalidate() });
  const remove = trpc.placements.removeStudent.useMutation({ onSuccess: () => utils.placements.invalidate() });
  const [editing, setEditing] = useState<Inputs['students'][number] | null>(null);
  const locationName = (id: number) => inputs.locations.find((l) => l.id === id)?.name ?? '';
  return (
    <Section title={t('inputs.students', { count: inputs.students.length })}>
      {status.view}
      {editable && (
        <Button
          variant="secondary"
          disabled={addAll.isPending}
          onClick={() =>
            void addAll
              .mutateAsync({ roundId })
              .then((r) => status.done(t('inputs.added', { count: r.added })), status.failed)
          }
        >
          {t('inputs.addAll')}
        </Button>
      )}
      {editing && <StudentForm key={editing.id} student={editing} inputs={inputs} onClose={() => setEditing(null)} />}
      <DataTable
        caption={t('inputs.students', { count: inputs.students.length })}
        rows={inputs.students}
        rowKey={(s) => s.id}
        columns={[
          { header: t('fields.student'), cell: (s) => s.name },
          { header: t('fields.programme'), cell: (s) => s.programmeName },
          { header: t('fields.availableDays'), cell: (s) => dayList(s.availableDays) },
          { header: t('fields.daysNeeded'), cell: (s) => s.daysNeeded, numeric: true },
          {
            header: t('fields.maxDistance'),
            cell: (s) => (s.maxDistanceKm === null ? '—' : t('km', { km: s.maxDistanceKm })),
          },
          {
            header: t('fields.preferences'),
            cell: (s) =>
              s.preferences.length ? (
                <ol className="compact">
                  {s.preferences.map((id) => (
                    <li key={id}>{locationName(id)}</li>
                  ))}
                </ol>
              ) : (
                '—'
              ),
          },
          ...(editable
            ? [
                {
                  header: t('fields.actions'),
                  cell: (s: Inputs['students'][number]) => (
                    <span className="row-actions">
                      <Button
                        variant="secondary"
                        onClick={() => setEditing(s)}
                        aria-label={`${t('common:actions.edit')}: ${s.name}`}
                      >
                        {t('common:actions.edit')}
                      </Button>
                      <ConfirmButton
                        label={t('common:actions.delete')}
                        question={t('inputs.removeStudentQuestion', { name: s.name })}
                        onConfirm={() =>
                          void remove
                            .mutateAsync({ id: s.id })
                            .then(() => status.done(t('common:state.deleted')), status.failed)
                        }
                      />
                    </span>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Section>
  );
}
