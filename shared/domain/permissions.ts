import type { Role } from './roles';

/**
 * Every procedure names one permission; a role grants a set of them. Deny by default: a permission
 * that no role lists is granted to nobody. `public` needs no session, `signedIn` any membership.
 */
export const ROLE_PERMISSIONS = {
  beheerder: [
    'admin.read',
    'admin.manage',
    'students.read',
    'audit.read',
    'knowledge.read',
    'placements.read',
    'regiegroep.ownActions',
    'privacy.manage',
    'mail.outbox',
    'coaching.manage',
    'coaching.read',
    'coaching.costs',
    'rollover.manage',
  ],
  projectleider: [
    'admin.read',
    'students.read',
    'mentorTeams.manage',
    'mentorTeams.read',
    'mentorTeams.overview',
    'mentorTeams.signals',
    'mentorTeams.hours',
    'knowledge.read',
    'knowledge.write',
    'knowledge.steer',
    'placements.read',
    'placements.manage',
    'regiegroep.dashboard',
    'regiegroep.read',
    'regiegroep.write',
    'regiegroep.ownActions',
    'workplace.team',
    'coaching.manage',
    'coaching.read',
    'profiles.team',
    'coaching.costs',
    'rollover.manage',
    'report.read',
  ],
  // report.read: the verantwoordingsrapportage, for the projectleider and the regiegroep (decision 091).
  // rollover.manage: the school-year roll-over; undo the same day by who did it or a beheerder (decision 087).
  // coaching.*: log = a registered coach's own weeks (checked in the service); manage/read = the partnership's (decision 085);
  // costs = the cost overview, exact with coaching.read, else by the "< 5" rule (decision 089).
  // profiles.*: own = a worker's own profile (mentor, locatie); team = a team's coverage: members and projectleider exact, regiegroep under "< 5" (decision 090).
  // knowledge.*: everyone reads; a locatie user writes for their own TOP-locatie (server/features/knowledge/access.ts).
  // placements.*: read/manage rounds; self = a student's own; location = a locatie user's own location (placements/access.ts).
  // mentorTeams.*: a mentor reaches only the teams they are a member of (checked in the service).
  // regiegroep.*: dashboard for regiegroep, projectleider and mentor (own teams only); write = chair and projectleider (regiegroep/access.ts); ownActions = whoever can own an action.
  mentor: [
    'admin.read',
    'students.read',
    'mentorTeams.read',
    'mentorTeams.write',
    'mentorTeams.signals',
    'mentorTeams.hours',
    'knowledge.read',
    'knowledge.write',
    'regiegroep.dashboard',
    'regiegroep.ownActions',
    'workplace.team',
    'coaching.log',
    'profiles.own',
    'profiles.team',
  ],
  regiegroep: [
    'admin.read',
    'mentorTeams.overview',
    'mentorTeams.signals',
    'mentorTeams.hours',
    'knowledge.read',
    'knowledge.write',
    'knowledge.steer',
    'regiegroep.dashboard',
    'regiegroep.read',
    'regiegroep.write',
    'regiegroep.ownActions',
    'profiles.team',
    'coaching.costs',
    'report.read',
  ],
  // workplace.*: own = a werkbegeleider, for the students placed at their own TOP-locatie; team = the mentor team's own classes (workplace/access.ts).
  locatie: [
    'admin.read',
    'knowledge.read',
    'knowledge.write',
    'placements.location',
    'regiegroep.ownActions',
    'workplace.own',
    'coaching.log',
    'profiles.own',
    'profiles.team',
  ],
  student: ['self.read', 'self.reflect', 'knowledge.read', 'placements.self'],
} as const satisfies Record<Role, readonly string[]>;

export type RolePermission = (typeof ROLE_PERMISSIONS)[Role][number];
export type Permission = 'public' | 'signedIn' | RolePermission;

export function rolesGrant(roles: readonly Role[], permission: Permission): boolean {
  if (permission === 'public') return true;
  if (permission === 'signedIn') return roles.length > 0;
  return roles.some((role) => (ROLE_PERMISSIONS[role] as readonly string[]).includes(permission));
}
