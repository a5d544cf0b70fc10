import type { Role } from '../../shared/domain/roles';

/** The demo seed's person for each role in the Eindhoven partnership (server/seed): one name per role. */
export const DEMO_EMAIL_BY_ROLE: Record<Role, string> = {
  beheerder: 'beheer@eindhoven.demo',
  projectleider: 'projectleider@eindhoven.demo',
  mentor: 'mentor@eindhoven.demo',
  regiegroep: 'regiegroep@eindhoven.demo',
  locatie: 'locatie@eindhoven.demo',
  student: 'student@eindhoven.demo',
};
