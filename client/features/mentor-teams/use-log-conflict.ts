import { trpc, conflictOf, isConflictCode } from '../../lib/trpc';
import { translateMessage } from '../../../shared/i18n/messages';
import { dutchDateAndTimeAt } from '../../../shared/domain/dates';
import { currentLanguage } from '../../i18n';
import type { LogValues, SaveState, TeamWeek } from './use-log-draft';

interface Handlers {
  /** Take over the week as the server has it; mine: with this person's own changes on top. */
  adopt: (theirs: TeamWeek, mine: boolean) => void;
  saveAgain: () => Promise<boolean>;
}

/**
 * Two members write the same week (docs/decisions/071). A save of a stale revision is refused by the
 * server; so is a second "create" of a week another member created meanwhile. Either way the week is
 * read again, and the person chooses: keep theirs (save over it with the new revision) or take the other.
 */
export function useLogConflict(week: TeamWeek, handlers: Handlers) {
  const utils = trpc.useUtils();
  const fresh = () => utils.client.mentorTeams.week.query({ teamId: week.team.id, week: week.week.key });

  async function detect(error: unknown, creating: boolean): Promise<Extract<SaveState, { kind: 'conflict' }> | null> {
    const refused = conflictOf(error);
    if (!refused && !(creating && isConflictCode(error))) return null;
    const theirs = await fresh();
    const log = theirs.log;
    // a create refused for another reason (a date moved into a week that has a log) is a field error
    if (!log) return null;
    const lang = currentLanguage();
    const message =
      refused?.message ??
      translateMessage('e.conflict', lang, {
        what: translateMessage('e.conflict.sessionLog', lang),
        name: log.updatedByName,
        ...dutchDateAndTimeAt(log.updatedAt),
      });
    return { kind: 'conflict', message, theirs };
  }

  return {
    detect,
    async keepMine(theirs: TeamWeek) {
      handlers.adopt(theirs, true);
      return handlers.saveAgain();
    },
    takeTheirs(theirs: TeamWeek) {
      handlers.adopt(theirs, false);
      void utils.mentorTeams.week.invalidate({ teamId: week.team.id });
      return true;
    },
  };
}

/**
 * A three-way merge per field (and per student's presence): what this person changed since `base` is
 * theirs to keep; every other field takes the other member's version. Two people writing different parts
 * of the week thus lose no word; a field both changed is this person's, as they chose "keep mine".
 */
export function mergeOnto(base: LogValues, mine: LogValues, theirs: LogValues): LogValues {
  const pick = <K extends keyof LogValues>(key: K) => (mine[key] !== base[key] ? mine[key] : theirs[key]);
  const attendance = { ...theirs.attendance };
  for (const [id, presence] of Object.entries(mine.attendance)) {
    const before = base.attendance[Number(id)];
    const changed = before?.attendance !== presence.attendance || before.daysPresent !== presence.daysPresent;
    if (changed || !(Number(id) in attendance)) attendance[Number(id)] = presence;
  }
  return {
    sessionDate: pick('sessionDate'),
    status: pick('status'),
    expectations: pick('expectations'),
    practiceSituations: pick('practiceSituations'),
    lessonMaterial: pick('lessonMaterial'),
    agreements: pick('agreements'),
    attendance,
  };
}
