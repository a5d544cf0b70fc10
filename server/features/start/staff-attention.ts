import { and, asc, count, eq, gte, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import {
  invites,
  mailOutbox,
  mentorTeamMembers,
  mentorTeams,
  placementAssignments,
  placementParticipants,
  placementRounds,
  regiegroepActions,
  regiegroepMeetings,
  sessionLogs,
  signals,
  studentReflections,
  students,
} from '../../../db/schema';
import { isoWeek } from '../../../shared/domain/dates';
import { todayOf, type ServiceContext } from '../scope';
import type { AttentionItem } from './attention';

/** Open rounds, unplaced students and placements without days, each with the round where it is handled. */
export function projectleiderItems(ctx: ServiceContext): AttentionItem[] {
  const p = ctx.actor.partnershipId;
  const open = ctx.db
    .select({ id: placementRounds.id })
    .from(placementRounds)
    .where(and(eq(placementRounds.partnershipId, p), ne(placementRounds.status, 'gepubliceerd')))
    .orderBy(asc(placementRounds.id))
    .all();
  const unplaced = ctx.db
    .select({ roundId: placementParticipants.roundId, n: count() })
    .from(placementParticipants)
    .innerJoin(placementRounds, eq(placementRounds.id, placementParticipants.roundId))
    .leftJoin(placementAssignments, eq(placementAssignments.participantId, placementParticipants.id))
    .where(
      and(
        eq(placementRounds.partnershipId, p),
        ne(placementRounds.status, 'concept'),
        isNull(placementAssignments.participantId),
        isNull(placementParticipants.withdrawnAt),
      ),
    )
    .groupBy(placementParticipants.roundId)
    .all();
  const noDays = ctx.db
    .select({ roundId: placementAssignments.roundId, n: count() })
    .from(placementAssignments)
    .innerJoin(placementRounds, eq(placementRounds.id, placementAssignments.roundId))
    .where(and(eq(placementRounds.partnershipId, p), sql`json_array_length(${placementAssignments.days}) = 0`))
    .groupBy(placementAssignments.roundId)
    .all();
  const total = (rows: { n: number }[]) => rows.reduce((sum, r) => sum + r.n, 0);
  const roundLink = (rows: { roundId: number }[], fallback: string) =>
    rows[0] ? `/plaatsingen/${rows[0].roundId}/resultaat` : fallback;
  return [
    {
      key: 'openRounds',
      count: open.length,
      link: open[0] ? `/plaatsingen/${open[0].id}` : '/plaatsingen',
      urgent: open.length > 0,
    },
    { key: 'unplaced', count: total(unplaced), link: roundLink(unplaced, '/plaatsingen'), urgent: unplaced.length > 0 },
    { key: 'noDays', count: total(noDays), link: roundLink(noDays, '/plaatsingen'), urgent: noDays.length > 0 },
  ];
}

/** Per team of the mentor: this week's log (missing / concept / done), reflections nobody read yet, new signals. */
export function mentorItems(ctx: ServiceContext): AttentionItem[] {
  const { year, week } = isoWeek(todayOf(ctx));
  const teams = ctx.db
    .select({ id: mentorTeams.id, name: mentorTeams.name, cohortId: mentorTeams.cohortId })
    .from(mentorTeamMembers)
    .innerJoin(mentorTeams, eq(mentorTeams.id, mentorTeamMembers.teamId))
    .where(and(eq(mentorTeamMembers.userId, ctx.actor.userId), eq(mentorTeams.partnershipId, ctx.actor.partnershipId)))
    .orderBy(asc(mentorTeams.name))
    .all();
  return teams.flatMap((team) => {
    const log = ctx.db
      .select({ status: sessionLogs.status })
      .from(sessionLogs)
      .where(and(eq(sessionLogs.teamId, team.id), eq(sessionLogs.isoYear, year), eq(sessionLogs.isoWeek, week)))
      .get();
    const state = !log ? 'missing' : log.status === 'concept' ? 'concept' : 'done';
    const reflections = ctx.db
      .select({ n: count() })
      .from(studentReflections)
      .innerJoin(students, eq(students.id, studentReflections.studentId))
      .where(
        // Any week: a reflection waits until someone of the team has read it (week-reflections.service.ts).
        and(eq(students.cohortId, team.cohortId), isNull(studentReflections.readAt)),
      )
      .get()!.n;
    const newSignals = ctx.db
      .select({ n: count() })
      .from(signals)
      .where(and(eq(signals.teamId, team.id), eq(signals.status, 'nieuw')))
      .get()!.n;
    const link = `/mentorteams/${team.id}`;
    return [
      { key: 'weekLog', name: team.name, state, link, urgent: state !== 'done' },
      { key: 'reflections', name: team.name, count: reflections, link, urgent: reflections > 0 },
      { key: 'openSignals', name: team.name, count: newSignals, link: '/signalen', urgent: newSignals > 0 },
    ];
  });
}

/** The next meeting, overdue actions and signals forwarded to the regiegroep. */
export function regiegroepItems(ctx: ServiceContext): AttentionItem[] {
  const p = ctx.actor.partnershipId;
  const today = todayOf(ctx);
  const next = ctx.db
    .select({ id: regiegroepMeetings.id, title: regiegroepMeetings.title, heldOn: regiegroepMeetings.heldOn })
    .from(regiegroepMeetings)
    .where(
      and(
        eq(regiegroepMeetings.partnershipId, p),
        eq(regiegroepMeetings.status, 'gepland'),
        gte(regiegroepMeetings.heldOn, today),
      ),
    )
    .orderBy(asc(regiegroepMeetings.heldOn))
    .get();
  const overdue = ctx.db
    .select({ n: count() })
    .from(regiegroepActions)
    .where(
      and(
        eq(regiegroepActions.partnershipId, p),
        ne(regiegroepActions.status, 'afgerond'),
        lt(regiegroepActions.dueOn, today),
      ),
    )
    .get()!.n;
  const forwarded = ctx.db
    .select({ n: count() })
    .from(signals)
    .where(and(eq(signals.partnershipId, p), eq(signals.status, 'doorgezet')))
    .get()!.n;
  return [
    next
      ? {
          key: 'nextMeeting',
          name: `${next.title} (${next.heldOn.split('-').reverse().join('-')})`,
          link: `/regiegroep/overleg/${next.id}`,
          urgent: false,
        }
      : { key: 'noMeeting', link: '/regiegroep/overleg', urgent: true },
    { key: 'overdueActions', count: overdue, link: '/regiegroep/actiepunten', urgent: overdue > 0 },
    { key: 'newSignals', count: forwarded, link: '/signalen', urgent: forwarded > 0 },
  ];
}

/** Invitations still open and mails that could not be delivered. */
export function beheerderItems(ctx: ServiceContext): AttentionItem[] {
  const p = ctx.actor.partnershipId;
  const openInvites = ctx.db
    .select({ n: count() })
    .from(invites)
    .where(and(eq(invites.partnershipId, p), isNull(invites.acceptedAt), gte(invites.expiresAt, ctx.clock.now())))
    .get()!.n;
  const failed = ctx.db
    .select({ n: count() })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.partnershipId, p), inArray(mailOutbox.status, ['failed'])))
    .get()!.n;
  return [
    { key: 'openInvites', count: openInvites, link: '/beheer/mensen', urgent: false },
    { key: 'failedMails', count: failed, link: '/beheer/e-mail', urgent: failed > 0 },
  ];
}
