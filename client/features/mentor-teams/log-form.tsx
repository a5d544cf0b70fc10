import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isoWeek, isoWeekKey } from '../../../shared/domain/dates';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Notice } from '../../components/ui/notice';
import { ConflictNotice } from '../../components/ui/conflict-notice';
import { AttendanceTable } from './attendance-table';
import { TextArea } from './text-area';
import { useAvgHint } from './avg-hint';
import { timeOf } from './format';
import { useLogDraft, type TeamWeek } from './use-log-draft';

/** The weekly log, fast to fill in: a draft saves itself; one click finalises it. */
export function LogForm({ week, weekPath }: { week: TeamWeek; weekPath: (key: string) => string }) {
  const { t } = useTranslation('mentor-teams');
  const titleId = useId();
  const avgHint = useAvgHint();
  const sectionRef = useRef<HTMLElement>(null);
  const draft = useLogDraft(week, sectionRef);
  const { values, errors, state } = draft;
  const text = (name: 'expectations' | 'practiceSituations' | 'lessonMaterial' | 'agreements', optional: boolean) => (
    <TextArea
      label={t(`log.${name}`)}
      value={values[name]}
      error={errors[name]}
      optional={optional}
      onChange={(value) => draft.set({ [name]: value })}
      onBlur={draft.flush}
    />
  );
  const otherWeek =
    errors.sessionDate && /^\d{4}-\d{2}-\d{2}$/.test(values.sessionDate) ? isoWeek(values.sessionDate) : null;

  return (
    <section className="section" aria-labelledby={titleId} ref={sectionRef}>
      <h2 id={titleId}>{t('log.title')}</h2>
      <p className="hint">
        {t('log.autosaveHint')} {avgHint}
      </p>
      <p className="save-state" role="status">
        {t('log.status', { status: t(`logStates.${values.status}`) })} {state.kind === 'saving' && t('log.saving')}
        {state.kind === 'saved' &&
          (state.explicit
            ? t(
                state.status === 'vastgesteld'
                  ? 'log.finalised'
                  : state.status === 'vervallen'
                    ? 'log.cancelled'
                    : 'log.saved',
              )
            : t('log.savedAt', { time: timeOf(state.at) }))}
      </p>
      {state.kind === 'conflict' && (
        <ConflictNotice
          message={state.message}
          onKeepMine={() => void draft.keepMine()}
          onReload={() => void draft.takeTheirs()}
        />
      )}
      {state.kind === 'error' && !Object.keys(errors).length && (
        <Notice kind="error">{t('log.notSaved', { message: state.message })}</Notice>
      )}
      <div className="form-grid">
        <Field label={t('log.sessionDate')} hint={t('log.sessionDateHint')} error={errors.sessionDate}>
          {(aria) => (
            <input
              {...aria}
              type="date"
              value={values.sessionDate}
              onChange={(e) => draft.set({ sessionDate: e.target.value })}
            />
          )}
        </Field>
      </div>
      {otherWeek && isoWeekKey(otherWeek) !== week.week.key && (
        <p>
          <Link to={weekPath(isoWeekKey(otherWeek))}>{t('log.openExisting', { week: otherWeek.week })}</Link>
        </p>
      )}
      {text('expectations', false)}
      {text('practiceSituations', true)}
      {text('lessonMaterial', true)}
      {text('agreements', false)}
      <AttendanceTable
        week={week}
        presence={values.attendance}
        errors={errors}
        readOnly={false}
        onChange={draft.setPresence}
      />
      <div className="form-actions">
        {values.status === 'vastgesteld' ? (
          <>
            <Button onClick={() => void draft.save('vastgesteld')}>{t('log.saveChanges')}</Button>
            <Button variant="secondary" onClick={() => void draft.save('concept')}>
              {t('log.reopen')}
            </Button>
          </>
        ) : (
          <Button onClick={() => void draft.save('vastgesteld')}>{t('log.finalise')}</Button>
        )}
        {values.status !== 'vervallen' ? (
          <Button variant="secondary" onClick={() => void draft.save('vervallen')}>
            {t('log.noSession')}
          </Button>
        ) : (
          <Button variant="secondary" onClick={() => void draft.save('concept')}>
            {t('log.reopen')}
          </Button>
        )}
      </div>
    </section>
  );
}
