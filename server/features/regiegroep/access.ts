import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import { memberships, organisations, regiegroepMeetings, regiegroepen, users } from '../../../db/schema';
import { DEFAULT_MEETINGS_PER_YEAR } from '../../../shared/domain/regiegroep';
import { AppError } from '../../errors';
import { found, todayOf, type ServiceContext } from '../scope';

/** Today in the Netherlands, on the service clock (a due date passes at Dutch midnight). */
export { todayOf };

/** The group's own settings; a partnership that never saved them gets the defaults (nothing is written on a read). */
export function groupSettings({ db, actor }: ServiceContext) {
  const row = db
    .select({
      id: regiegroepen.id,
      name: regiegroepen.name,
      meetingsPerYear: regiegroepen.meetingsPerYear,
      chairUserId: regiegroepen.chairUserId,
      revision: regiegroepen.revision,
    })
    .from(regiegroepen)
    .where(eq(regiegroepen.partnershipId, actor.partnershipId))
    .get();
  return (
    row ?? { id: null, name: 'Regiegroep', meetingsPerYear: DEFAULT_MEETINGS_PER_YEAR, chairUserId: null, revision: 0 }
  );
}

/** The people with the regiegroep role, with the organisation each represents. */
export function groupMembers({ db, actor }: ServiceContext) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      /** Of the membership: whom the member represents is edited with it (setMemberOrganisation). */
      revision: memberships.revision,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.partnershipId, actor.partnershipId), eq(memberships.role, 'regiegroep')))
    .orderBy(asc(users.name))
    .all();
}

/**
 * Who steers the meetings: the chair, and the projectleider as secretary who prepares them. While no
 * chair is chosen, every member may (a new group must be able to start).
 */
export function canSteer(ctx: ServiceContext): boolean {
  if (ctx.actor.roles.includes('projectleider')) return true;
  if (!ctx.actor.roles.includes('regiegroep')) return false;
  const chair = groupSettings(ctx).chairUserId;
  return chair === null || chair === ctx.actor.userId;
}

export function requireSteering(ctx: ServiceContext): void {
  if (!canSteer(ctx)) throw new AppError('FORBIDDEN', 'e.regiegroep.chairOnly');
}

const meetingColumns = {
  id: regiegroepMeetings.id,
  heldOn: regiegroepMeetings.heldOn,
  startsAt: regiegroepMeetings.startsAt,
  place: regiegroepMeetings.place,
  title: regiegroepMeetings.title,
  status: regiegroepMeetings.status,
  minutes: regiegroepMeetings.minutes,
  revision: regiegroepMeetings.revision,
};

/** A meeting of the actor's partnership, or "not found". */
export function requireMeeting({ db, actor }: ServiceContext, id: number) {
  return found(
    db
      .select(meetingColumns)
      .from(regiegroepMeetings)
      .where(and(eq(regiegroepMeetings.id, id), eq(regiegroepMeetings.partnershipId, actor.partnershipId)))
      .get(),
  );
}
export type MeetingRow = ReturnType<typeof requireMeeting>;

/** Steering, and the meeting is not cancelled: the precondition of every change to a meeting's content. */
export function requireEditableMeeting(ctx: ServiceContext, id: number): MeetingRow {
  requireSteering(ctx);
  const meeting = requireMeeting(ctx, id);
  if (meeting.status === 'geannuleerd') throw new AppError('CONFLICT', 'e.regiegroep.cancelled');
  return meeting;
}

/** Decisions (and what follows from them) are recorded on or after the meeting's day. */
export function requireHeld(ctx: ServiceContext, meeting: MeetingRow): void {
  if (meeting.heldOn > todayOf(ctx)) throw new AppError('CONFLICT', 'e.regiegroep.notYetHeld');
}

/** People who can own an action: anyone with a role in the partnership other than student (not blocked). */
export function ownerOptions({ db, actor }: ServiceContext) {
  const rows = db
    .selectDistinct({ userId: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.partnershipId, actor.partnershipId),
        ne(memberships.role, 'student'),
        isNull(users.disabledAt),
        isNull(memberships.blockedAt),
      ),
    )
    .orderBy(asc(users.name))
    .all();
  return rows;
}

export function requireOwner(ctx: ServiceContext, userId: number): void {
  if (!ownerOptions(ctx).some((o) => o.userId === userId))
    throw new AppError('BAD_REQUEST', 'v.regiegroep.owner', 'ownerUserId');
}
