import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { revisionColumn, timestampMs } from './columns';
import { partnerships } from './partnerships';
import { users } from './users';
import { programmes } from './programmes';

/**
 * The regiegroep (issue 6). Its members are the people with the `regiegroep` role in the partnership;
 * the organisation each represents is that membership's organisation_id. This table holds what the
 * group itself decides: its name, its meeting rhythm and its chair. Meetings carry partnership_id;
 * agenda items and trends are reached through their (scoped) meeting; decisions and actions carry
 * partnership_id too, because registers and the dashboard list them across meetings.
 * Dates people state (meeting day, due date) are ISO strings; *_at are clock milliseconds.
 * Decisions: docs/decisions/040-regiegroep.md.
 */
export const regiegroepen = sqliteTable(
  'regiegroep',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    name: text('name').notNull(),
    meetingsPerYear: integer('meetings_per_year').notNull(),
    /** The chair (voorzitter) edits agendas and records decisions, with the projectleider as secretary. */
    chairUserId: integer('chair_user_id').references(() => users.id),
    createdAt: timestampMs('created_at'),
    updatedAt: integer('updated_at').notNull(),
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [uniqueIndex('regiegroep_partnership').on(t.partnershipId)],
);

export const regiegroepMeetings = sqliteTable(
  'regiegroep_meeting',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    heldOn: text('held_on').notNull(),
    /** "19:30"; empty when not set. */
    startsAt: text('starts_at').notNull().default(''),
    place: text('place').notNull().default(''),
    title: text('title').notNull(),
    /** gepland, gehouden or geannuleerd (shared/domain/regiegroep). */
    status: text('status').notNull(),
    minutes: text('minutes').notNull().default(''),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestampMs('created_at'),
    updatedAt: integer('updated_at').notNull(),
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [index('regiegroep_meeting_partnership_day').on(t.partnershipId, t.heldOn)],
);

/** An agenda item: a signal, dilemma, principle or action of the platform (ref_id), or a free item. */
export const regiegroepAgendaItems = sqliteTable(
  'regiegroep_agenda_item',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => regiegroepMeetings.id),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    refId: integer('ref_id'),
    title: text('title').notNull(),
    note: text('note').notNull().default(''),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestampMs('created_at'),
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: integer('updated_at'),
  },
  // NULLs are distinct in a unique index: free items never collide, the same signal twice does.
  (t) => [
    index('regiegroep_agenda_item_meeting').on(t.meetingId, t.position),
    uniqueIndex('regiegroep_agenda_item_ref').on(t.meetingId, t.kind, t.refId),
  ],
);

/** A decision, traced to what it decides on (subject) and, when it changes a programme, which and how. */
export const regiegroepDecisions = sqliteTable(
  'regiegroep_decision',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => regiegroepMeetings.id),
    agendaItemId: integer('agenda_item_id').references(() => regiegroepAgendaItems.id, { onDelete: 'set null' }),
    subjectKind: text('subject_kind'),
    subjectId: integer('subject_id'),
    text: text('text').notNull(),
    programmeId: integer('programme_id').references(() => programmes.id),
    programmeChange: text('programme_change'),
    programmeChangeNote: text('programme_change_note').notNull().default(''),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestampMs('created_at'),
    updatedAt: integer('updated_at').notNull(),
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [
    index('regiegroep_decision_meeting').on(t.meetingId),
    index('regiegroep_decision_subject').on(t.subjectKind, t.subjectId),
    index('regiegroep_decision_partnership').on(t.partnershipId),
  ],
);

/** An action (actiepunt): an owner of the partnership, a due date, a status. Overdue is derived. */
export const regiegroepActions = sqliteTable(
  'regiegroep_action',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => regiegroepMeetings.id),
    decisionId: integer('decision_id').references(() => regiegroepDecisions.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    ownerUserId: integer('owner_user_id')
      .notNull()
      .references(() => users.id),
    dueOn: text('due_on').notNull(),
    status: text('status').notNull(),
    doneOn: text('done_on'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestampMs('created_at'),
    updatedAt: integer('updated_at').notNull(),
    revision: revisionColumn(),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [
    index('regiegroep_action_partnership_status').on(t.partnershipId, t.status, t.dueOn),
    index('regiegroep_action_owner').on(t.ownerUserId),
    index('regiegroep_action_meeting').on(t.meetingId),
  ],
);

/** A trend or development noted at a meeting, placed in a circle of the Beroepsbeeld's environment. */
export const regiegroepTrends = sqliteTable(
  'regiegroep_trend',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => regiegroepMeetings.id),
    title: text('title').notNull(),
    circle: text('circle').notNull(),
    description: text('description').notNull().default(''),
    /** "What must the students learn for that?" */
    implication: text('implication').notNull().default(''),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestampMs('created_at'),
  },
  (t) => [index('regiegroep_trend_meeting').on(t.meetingId)],
);
