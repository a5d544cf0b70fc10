import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, conflictOf, errorDetails, type RouterOutputs } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { ConflictNotice } from '../../components/ui/conflict-notice';
import { Notice } from '../../components/ui/notice';
import { PageHeader, Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { dutchDateAndTimeAt } from '../../../shared/domain/dates';
import { ClassPlanSection, initialPlan, type ClassPlan } from './class-plan';

type Preview = RouterOutputs['rollover']['preview'];
type Status = { kind: 'success' | 'error'; text: string } | null;

/** "Schooljaar afsluiten": the projectleider takes the classes into the next school year (decision 087). */
export function RolloverPage() {
  const { t } = useTranslation('rollover');
  const query = trpc.rollover.preview.useQuery({});
  // Kept here: the form below starts afresh when the classes change, the message of what happened stays.
  const [status, setStatus] = useState<Status>(null);
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      <QueryState query={query}>
        {(data) => (
          <RolloverForm
            key={`${data.from.id}-${data.classes.map((c) => c.revision).join('-')}`}
            data={data}
            setStatus={setStatus}
          />
        )}
      </QueryState>
    </>
  );
}

function RolloverForm({ data, setStatus }: { data: Preview; setStatus: (status: Status) => void }) {
  const { t } = useTranslation('rollover');
  const utils = trpc.useUtils();
  const [plans, setPlans] = useState<Record<number, ClassPlan>>(() =>
    Object.fromEntries(data.classes.map((c) => [c.id, initialPlan(c, data.from.endsOn)])),
  );
  const [conflict, setConflict] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const refresh = () => utils.rollover.invalidate();
  const failed = (error: unknown) => {
    const c = conflictOf(error);
    if (c) return setConflict(c.message);
    const details = errorDetails(error);
    setFieldErrors(details.fieldErrors);
    setStatus({ kind: 'error', text: details.message });
  };
  const confirm = trpc.rollover.confirm.useMutation({
    onSuccess: (r) => {
      setStatus({ kind: 'success', text: t('done', { label: r.toLabel }) });
      void refresh();
    },
    onError: failed,
  });
  const undo = trpc.rollover.undo.useMutation({
    onSuccess: () => {
      setStatus({ kind: 'success', text: t('undone') });
      void refresh();
    },
    onError: failed,
  });
  const submit = () => {
    setStatus(null);
    setConflict(null);
    setFieldErrors({});
    confirm.mutate({
      fromSchoolYearId: data.from.id,
      classes: data.classes.map((c) => {
        const plan = plans[c.id]!;
        return {
          cohortId: c.id,
          revision: c.revision,
          leaving: Object.entries(plan.leaving).flatMap(([id, l]) => (l ? [{ studentId: Number(id), ...l }] : [])),
          joining: plan.joining,
          plannedDays: plan.plannedDays,
          budgetHoursPerPeriod: plan.budgetHoursPerPeriod,
        };
      }),
    });
  };
  const errorsOf = (i: number) =>
    Object.fromEntries(
      Object.entries(fieldErrors)
        .filter(([k]) => k.startsWith(`classes.${i}.`))
        .map(([k, v]) => [k.slice(`classes.${i}.`.length), v]),
    );
  const last = data.undoable;
  return (
    <>
      {conflict && <ConflictNotice message={conflict} onReload={() => void refresh()} />}
      {last && (
        <Section title={t('undoTitle')} id="terugdraaien">
          <p>
            {t('undoText', {
              name: last.performedByName,
              time: dutchDateAndTimeAt(last.performedAt).time,
              from: data.from.label,
              to: data.next.label,
            })}
          </p>
          <Button variant="secondary" onClick={() => undo.mutate({ id: last.id })} disabled={undo.isPending}>
            {t('undo')}
          </Button>
        </Section>
      )}
      <h2>{t('heading', { from: data.from.label, to: data.next.label })}</h2>
      {data.next.id === null && <p className="hint">{t('newYear', { label: data.next.label })}</p>}
      {data.classes.length === 0 && <p className="empty">{t('noClasses', { label: data.from.label })}</p>}
      {data.classes.map((c, i) => (
        <ClassPlanSection
          key={c.id}
          row={c}
          plan={plans[c.id]!}
          onChange={(plan) => setPlans({ ...plans, [c.id]: plan })}
          withoutClass={data.withoutClass}
          nextLabel={data.next.label}
          defaultLeftOn={data.from.endsOn}
          errors={errorsOf(i)}
        />
      ))}
      {data.classes.length > 0 && (
        <div className="form-actions">
          <Button onClick={submit} disabled={confirm.isPending}>
            {t('confirm', { label: data.next.label })}
          </Button>
        </div>
      )}
    </>
  );
}
