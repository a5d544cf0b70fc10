import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { trpc, errorDetails, type RouterOutputs } from '../../lib/trpc';
import { mergeOnto, useLogConflict } from './use-log-conflict';
import { logCreateSchema, logUpdateSchema } from '../../../shared/schemas/mentor-teams';
import { fieldErrorsOf } from '../../../shared/i18n/zod-issues';
import type { Attendance, LogStatus } from '../../../shared/domain/mentor-teams';
import { currentLanguage } from '../../i18n';

export type TeamWeek = RouterOutputs['mentorTeams']['week'];
export interface Presence {
  /** null: not recorded yet (niet ingevuld). */
  attendance: Attendance | null;
  daysPresent: number | null;
}
export interface LogValues {
  sessionDate: string;
  status: LogStatus;
  expectations: string;
  practiceSituations: string;
  lessonMaterial: string;
  agreements: string;
  attendance: Record<number, Presence>;
}
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number; status: LogStatus; explicit: boolean }
  | { kind: 'error'; message: string }
  /** Another member saved this week in between: their version is `theirs`; the form keeps ours. */
  | { kind: 'conflict'; message: string; theirs: TeamWeek };

/** How long typing must pause before a draft saves itself. */
const AUTOSAVE_MS = 1000;

export function initialValues(week: TeamWeek): LogValues {
  const log = week.log;
  return {
    sessionDate: log?.sessionDate ?? week.week.sessionDate,
    status: (log?.status as LogStatus | undefined) ?? 'concept',
    expectations: log?.expectations ?? '',
    practiceSituations: log?.practiceSituations ?? '',
    lessonMaterial: log?.lessonMaterial ?? '',
    agreements: log?.agreements ?? '',
    // A new week starts "niet ingevuld": assumed presence would flow into the rates as if recorded.
    // Workplace days the team has not entered are prefilled from the werkbegeleider's confirmed days
    // (decision 088); they are stored with the team's next save, and what the team entered is never replaced.
    attendance: Object.fromEntries(
      week.students.map((s) => [
        s.id,
        { attendance: s.attendance as Attendance | null, daysPresent: s.daysPresent ?? s.confirmedAtWorkplace },
      ]),
    ),
  };
}

/**
 * The week's log as an editable draft. A draft ("concept") saves itself a second after the last
 * change (and when leaving the page); final and cancelled logs save on the button. Saves run one
 * after another, so the first (which creates the log) is done before the next updates it. Each save
 * sends the revision it last read or wrote; another member's newer save is never overwritten silently.
 */
export function useLogDraft(week: TeamWeek, formRef: RefObject<HTMLElement | null>) {
  const [values, setValues] = useState(() => initialValues(week));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const logId = useRef<number | null>(week.log?.id ?? null);
  const revision = useRef(week.log?.revision ?? 0);
  const dirty = useRef(false);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  /** The values as last rendered, for saves that run later (timers, the queue, leaving the page). */
  const latest = useRef(values);
  useLayoutEffect(() => {
    latest.current = values;
  }, [values]);
  /** The week as the server last had it, to this person's knowledge: what "my changes" are measured against. */
  const base = useRef(values);
  const utils = trpc.useUtils();
  const create = trpc.mentorTeams.createLog.useMutation();
  const update = trpc.mentorTeams.updateLog.useMutation();

  // After a refused save the person asked for, the first invalid field gets focus (as in every form).
  const focusFirstError = (explicit: boolean) => {
    if (explicit)
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  async function run(status: LogStatus, explicit: boolean) {
    const v = latest.current;
    const fields = {
      ...v,
      status,
      attendance: week.students.map((s) => ({ studentId: s.id, ...v.attendance[s.id]! })),
    };
    const id = logId.current;
    const parsed =
      id === null
        ? logCreateSchema.safeParse({ ...fields, teamId: week.team.id })
        : logUpdateSchema.safeParse({ ...fields, id, revision: revision.current });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error.issues, currentLanguage()));
      setState({ kind: 'idle' });
      focusFirstError(explicit);
      return false;
    }
    dirty.current = false;
    setState({ kind: 'saving' });
    try {
      const saved = 'id' in parsed.data ? await update.mutateAsync(parsed.data) : await create.mutateAsync(parsed.data);
      const created = logId.current === null;
      logId.current = saved.id;
      revision.current = saved.revision;
      base.current = { ...v, status };
      setErrors({});
      setValues((current) => ({ ...current, status }));
      setState({ kind: 'saved', at: saved.updatedAt, status, explicit });
      // The week strip and the missing weeks change when a log appears or its status does.
      if (created || explicit) void utils.mentorTeams.week.invalidate({ teamId: week.team.id });
      return true;
    } catch (error) {
      const theirs = await conflict.detect(error, id === null);
      if (theirs) {
        dirty.current = true;
        setState(theirs);
        return false;
      }
      const { message, fieldErrors } = errorDetails(error);
      setErrors(fieldErrors);
      setState({ kind: 'error', message });
      focusFirstError(explicit);
      return false;
    }
  }

  const save = (status: LogStatus = latest.current.status, explicit = true) => {
    const next = queue.current.then(() => run(status, explicit));
    queue.current = next;
    return next;
  };

  const conflict = useLogConflict(week, {
    adopt(theirs, mine) {
      logId.current = theirs.log?.id ?? null;
      revision.current = theirs.log?.revision ?? 0;
      dirty.current = mine;
      const server = initialValues(theirs);
      // "keep mine" keeps what this person changed and takes the other's changes everywhere else
      const next = mine ? mergeOnto(base.current, latest.current, server) : server;
      base.current = server;
      latest.current = next;
      setValues(next);
      setErrors({});
      setState({ kind: 'idle' });
    },
    saveAgain: () => save(latest.current.status, true),
  });

  // Effect events read the latest state when they run without being dependencies: only a change of the
  // values (re)starts the autosave timer, and the save on leaving runs once, when the page goes.
  // While a conflict is open the person decides first: no autosave over the other member's version.
  const autosaveDue = useEffectEvent(() => dirty.current && values.status === 'concept' && state.kind !== 'conflict');
  const saveDraft = useEffectEvent(() => void save('concept', false));
  const saveOnLeave = useEffectEvent(() => {
    if (dirty.current && latest.current.status === 'concept') void save('concept', false);
  });

  useEffect(() => {
    if (!autosaveDue()) return;
    const timer = setTimeout(() => saveDraft(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [values]);

  // Leaving the page with unsaved draft changes: save them anyway.
  useEffect(() => () => saveOnLeave(), []);

  return {
    values,
    errors,
    state,
    hasLog: () => logId.current !== null,
    set: (partial: Partial<LogValues>) => {
      dirty.current = true;
      setValues((v) => ({ ...v, ...partial }));
    },
    setPresence: (studentId: number, presence: Partial<Presence>) => {
      dirty.current = true;
      setValues((v) => ({
        ...v,
        attendance: { ...v.attendance, [studentId]: { ...v.attendance[studentId]!, ...presence } },
      }));
    },
    save,
    /** Leaving a field saves a changed draft at once, instead of after the pause. */
    flush: () => {
      if (dirty.current && latest.current.status === 'concept' && state.kind !== 'conflict')
        void save('concept', false);
    },
    /** In a conflict: save this person's version over the other one. */
    keepMine: () => state.kind === 'conflict' && conflict.keepMine(state.theirs),
    /** In a conflict: drop this person's changes and load the other member's version. */
    takeTheirs: () => state.kind === 'conflict' && conflict.takeTheirs(state.theirs),
  };
}
