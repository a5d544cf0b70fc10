import type { Language } from '../i18n/messages';

/**
 * The audit log in words people use: "TOP-locatie aangemaakt", not `location.create`. An action is
 * `<object>.<verb>`; each part has a Dutch and an English word, and a few whole actions (logging in)
 * have their own. Unknown parts fall back to the code itself, so nothing is ever hidden.
 */
type Words = Record<string, { nl: string; en: string }>;

const OBJECTS: Words = {
  student: { nl: 'Student', en: 'Student' },
  student_reflection: { nl: 'Reflectie', en: 'Reflection' },
  location: { nl: 'TOP-locatie', en: 'TOP location' },
  top_location: { nl: 'TOP-locatie', en: 'TOP location' },
  organisation: { nl: 'Organisatie', en: 'Organisation' },
  programme: { nl: 'Opleiding', en: 'Programme' },
  cohort: { nl: 'Klas', en: 'Class' },
  period: { nl: 'Periode', en: 'Period' },
  school_year: { nl: 'Schooljaar', en: 'School year' },
  user: { nl: 'Account', en: 'Account' },
  membership: { nl: 'Rol', en: 'Role' },
  invite: { nl: 'Uitnodiging', en: 'Invitation' },
  mentor_team: { nl: 'Mentorteam', en: 'Mentor team' },
  mentor_note: { nl: 'Notitie over een student', en: 'Note on a student' },
  mentor_hours: { nl: 'Uren', en: 'Hours' },
  mentor_session_log: { nl: 'Weekverslag', en: 'Weekly log' },
  mentor_signal: { nl: 'Signaal', en: 'Signal' },
  placement: { nl: 'Plaatsing', en: 'Placement' },
  placement_round: { nl: 'Plaatsingsronde', en: 'Placement round' },
  principle: { nl: 'Principe', en: 'Principle' },
  entry: { nl: 'Logboekitem kennisbank', en: 'Knowledge log entry' },
  regiegroep: { nl: 'Regiegroep', en: 'Steering group' },
  regiegroep_meeting: { nl: 'Overleg', en: 'Meeting' },
  regiegroep_agenda: { nl: 'Agendapunt', en: 'Agenda item' },
  regiegroep_decision: { nl: 'Besluit', en: 'Decision' },
  regiegroep_action: { nl: 'Actiepunt', en: 'Action point' },
  regiegroep_trend: { nl: 'Trend', en: 'Trend' },
  privacy: { nl: 'Dossier', en: 'Record' },
  profile: { nl: 'Beroepsprofiel', en: 'Professional profile' },
  // Subject types that are not also the object of an action's name.
  mentor_student_note: { nl: 'Notitie over een student', en: 'Note on a student' },
  mentor_hour_entry: { nl: 'Uren', en: 'Hours' },
  knowledge_principle: { nl: 'Principe', en: 'Principle' },
  knowledge_entry: { nl: 'Logboekitem kennisbank', en: 'Knowledge log entry' },
  knowledge_adoption: { nl: 'Overname van een principe', en: 'Adoption of a principle' },
  placement_participant: { nl: 'Student in een ronde', en: 'Student in a round' },
  placement_supervisor: { nl: 'Werkbegeleider', en: 'Workplace supervisor' },
  placement_round_location: { nl: 'Locatie in een ronde', en: 'Location in a round' },
  partnership: { nl: 'Samenwerkingsverband', en: 'Partnership' },
  dashboard: { nl: 'Dashboard', en: 'Dashboard' },
  workplace: { nl: 'Studenten op de werkplek', en: 'Students at the workplace' },
  workplace_presence: { nl: 'Aanwezigheid op de werkplek', en: 'Presence at the workplace' },
  workplace_observation: { nl: 'Observatie van de werkbegeleider', en: "Werkbegeleider's observation" },
  workplace_question: { nl: 'Vraag van de werkplek', en: 'Question from the workplace' },
};

const VERBS: Words = {
  create: { nl: 'aangemaakt', en: 'created' },
  add: { nl: 'toegevoegd', en: 'added' },
  update: { nl: 'gewijzigd', en: 'changed' },
  remove: { nl: 'verwijderd', en: 'removed' },
  view: { nl: 'bekeken', en: 'viewed' },
  workplace_view: { nl: 'werkplekgegevens bekeken', en: 'workplace record viewed' },
  list: { nl: 'lijst bekeken', en: 'list viewed' },
  mentor_view: { nl: 'bekeken door het mentorteam', en: 'viewed by the mentor team' },
  export: { nl: 'geëxporteerd', en: 'exported' },
  import: { nl: 'geïmporteerd', en: 'imported' },
  publish: { nl: 'gepubliceerd', en: 'published' },
  run: { nl: 'berekend', en: 'computed' },
  compare: { nl: 'vergeleken', en: 'compared' },
  result: { nl: 'uitkomst bekeken', en: 'result viewed' },
  template: { nl: 'sjabloon gedownload', en: 'template downloaded' },
  status: { nl: 'status gewijzigd', en: 'status changed' },
  accept: { nl: 'geaccepteerd', en: 'accepted' },
  revoke: { nl: 'ingetrokken', en: 'revoked' },
  resend: { nl: 'opnieuw gemaakt', en: 'made again' },
  lock: { nl: 'vastgezet', en: 'locked' },
  unlock: { nl: 'losgemaakt', en: 'unlocked' },
  override: { nl: 'handmatig geplaatst', en: 'placed by hand' },
  seen: { nl: 'weer gezien', en: 'seen again' },
  post: { nl: 'reactie geplaatst', en: 'reply posted' },
  read: { nl: 'als gelezen gemarkeerd', en: 'marked as read' },
  answer: { nl: 'beantwoord', en: 'answered' },
  reorder: { nl: 'volgorde gewijzigd', en: 'reordered' },
  erase: { nl: 'gewist', en: 'erased' },
  block: { nl: 'geblokkeerd', en: 'blocked' },
  unblock: { nl: 'gedeblokkeerd', en: 'unblocked' },
  unlinkAccount: { nl: 'account ontkoppeld', en: 'account unlinked' },
  consent: { nl: 'toestemming gegeven', en: 'consent given' },
  withdraw: { nl: 'toestemming ingetrokken en verwijderd', en: 'consent withdrawn and deleted' },
};

const WHOLE: Words = {
  login: { nl: 'Ingelogd', en: 'Logged in' },
  'login.failed': { nl: 'Mislukte inlogpoging', en: 'Failed login attempt' },
  logout: { nl: 'Uitgelogd', en: 'Logged out' },
  'membership.add': { nl: 'Rol toegekend', en: 'Role granted' },
  'membership.remove': { nl: 'Rol ingetrokken', en: 'Role withdrawn' },
  'privacy.export': { nl: 'Inzageverzoek gemaakt', en: 'Access request made' },
};

/** "TOP-locatie aangemaakt" for `location.create`, in the given language. */
export function describeAuditAction(action: string, lang: Language): string {
  const whole = WHOLE[action];
  if (whole) return whole[lang];
  const dot = action.indexOf('.');
  if (dot < 0) return action;
  const object = OBJECTS[action.slice(0, dot)];
  const verb = VERBS[action.slice(dot + 1)];
  return `${object ? object[lang] : action.slice(0, dot)} ${verb ? verb[lang] : action.slice(dot + 1)}`;
}

/** The kinds of object a person can filter the log on ("soort"), with their word. */
export function auditKindWord(subjectType: string, lang: Language): string {
  return OBJECTS[subjectType]?.[lang] ?? subjectType;
}
