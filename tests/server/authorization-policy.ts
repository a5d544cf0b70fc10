/**
 * Who may call what, written by hand as the business states it: one line per procedure, one column per
 * role, "x" = allowed, "." = refused. This table is NOT derived from ROLE_PERMISSIONS or rolesGrant: the
 * authorization matrix (authorization-matrix.test.ts) checks the server's real answers against it, so a
 * wrong grant in shared/domain/permissions.ts fails a test. Finer rules that depend on data (a mentor's
 * own teams, a locatie user's own location) are in the services and tested per feature.
 *
 * Adding a procedure: add its line here (and its sample in tests/helpers/samples/), in the order below.
 */
import type { Role } from '../../shared/domain/roles';

//                                                   no session
//                                                   | beheerder
//                                                   | | projectleider
//                                                   | | | mentor
//                                                   | | | | regiegroep
//                                                   | | | | | locatie
//                                                   | | | | | | student
// prettier-ignore
export const AUTHORIZATION_POLICY: Record<string, string> = {
  'audit.exportCsv':                                '. x . . . . .',
  'audit.filterOptions':                            '. x . . . . .',
  'audit.list':                                     '. x . . . . .',

  'calendar.renew':                                 '. x x x x x x',
  'calendar.status':                                '. x x x x x x',

  'coaching.addDefaults':                           '. x x . . . .',
  'coaching.createCoach':                           '. x x . . . .',
  'coaching.createLabel':                           '. x x . . . .',
  'coaching.createRole':                            '. x x . . . .',
  'coaching.endCoach':                              '. x x . . . .',
  'coaching.exportHours':                           '. x x . . . .',
  'coaching.hours':                                 '. x x . . . .',
  'coaching.myWeek':                                '. . . x . x .',
  'coaching.rekentool':                             '. x x . . . .',
  'coaching.saveFigures':                           '. x x . . . .',
  'coaching.saveNorm':                              '. x x . . . .',
  'coaching.saveWeek':                              '. . . x . x .',
  'coaching.setup':                                 '. x x . . . .',
  'coaching.updateCoach':                           '. x x . . . .',
  'coaching.updateLabel':                           '. x x . . . .',
  'coaching.updateRole':                            '. x x . . . .',

  'cohorts.create':                                 '. x . . . . .',
  'cohorts.list':                                   '. x x x x x .',
  'cohorts.remove':                                 '. x . . . . .',
  'cohorts.update':                                 '. x . . . . .',

  'knowledge.addAdoption':                          '. . x x x x .',
  'knowledge.addEvidence':                          '. . x x x x .',
  'knowledge.addPost':                              '. . x x x x .',
  'knowledge.booklet':                              '. x x x x x x',
  'knowledge.createCategory':                       '. . x . x . .',
  'knowledge.createEntry':                          '. . x x x x .',
  'knowledge.createPrinciple':                      '. . x x x x .',
  'knowledge.createPrincipleFromEntry':             '. . x x x x .',
  'knowledge.evidenceCandidates':                   '. . x x x x .',
  'knowledge.getEntry':                             '. x x x x x x',
  'knowledge.getPrinciple':                         '. x x x x x x',
  'knowledge.listEntries':                          '. x x x x x x',
  'knowledge.listPrinciples':                       '. x x x x x x',
  'knowledge.matrix':                               '. x x x x x x',
  'knowledge.movePrinciple':                        '. . x . x . .',
  'knowledge.options':                              '. x x x x x x',
  'knowledge.removeAdoption':                       '. . x x x x .',
  'knowledge.removeCategory':                       '. . x . x . .',
  'knowledge.removeEvidence':                       '. . x x x x .',
  'knowledge.renameCategory':                       '. . x . x . .',
  'knowledge.search':                               '. x x x x x x',
  'knowledge.setEntryStatus':                       '. . x x x x .',
  'knowledge.updateAdoption':                       '. . x x x x .',
  'knowledge.updateEntry':                          '. . x x x x .',
  'knowledge.updatePrinciple':                      '. . x x x x .',

  'locations.create':                               '. x . . . . .',
  'locations.get':                                  '. x x x x x .',
  'locations.list':                                 '. x x x x x .',
  'locations.remove':                               '. x . . . . .',
  'locations.update':                               '. x . . . . .',

  'mail.outbox':                                    '. x . . . . .',
  'mail.preferences':                               '. x x x x x x',
  'mail.setPreference':                             '. x x x x x x',

  'mentorTeams.addNote':                            '. . . x . . .',
  'mentorTeams.answerReflection':                   '. . . x . . .',
  'mentorTeams.classOverview':                      '. . x x . . .',
  'mentorTeams.create':                             '. . x . . . .',
  'mentorTeams.createLog':                          '. . . x . . .',
  'mentorTeams.exportHours':                        '. . x x x . .',
  'mentorTeams.hours':                              '. . x x x . .',
  'mentorTeams.list':                               '. . x . . . .',
  'mentorTeams.logHours':                           '. . . x . . .',
  'mentorTeams.markReflectionRead':                 '. . . x . . .',
  'mentorTeams.myReflections':                      '. . . . . . x',
  'mentorTeams.myTeams':                            '. . x x . . .',
  'mentorTeams.overview':                           '. . x . x . .',
  'mentorTeams.raiseSignal':                        '. . . x . . .',
  'mentorTeams.remove':                             '. . x . . . .',
  'mentorTeams.removeHours':                        '. . . x . . .',
  'mentorTeams.removeNote':                         '. . . x . . .',
  'mentorTeams.saveReflection':                     '. . . . . . x',
  'mentorTeams.setSignalStatus':                    '. . x x x . .',
  'mentorTeams.setupOptions':                       '. . x . . . .',
  'mentorTeams.signalSeenAgain':                    '. . . x . . .',
  'mentorTeams.signals':                            '. . x x x . .',
  'mentorTeams.student':                            '. . x x . . .',
  'mentorTeams.update':                             '. . x . . . .',
  'mentorTeams.updateLog':                          '. . . x . . .',
  'mentorTeams.updateNote':                         '. . . x . . .',
  'mentorTeams.week':                               '. . x x . . .',
  'mentorTeams.weekReflections':                    '. . x x . . .',

  'organisations.create':                           '. x . . . . .',
  'organisations.list':                             '. x x x x x .',
  'organisations.remove':                           '. x . . . . .',
  'organisations.update':                           '. x . . . . .',

  'people.acceptInvite':                            'x x x x x x x',
  'people.acceptMyInvitation':                      '. x x x x x x',
  'people.addRole':                                 '. x . . . . .',
  'people.endSessions':                             '. x . . . . .',
  'people.invite':                                  '. x . . . . .',
  'people.inviteClass':                             '. x . . . . .',
  'people.inviteFromCsv':                           '. x . . . . .',
  'people.inviteInfo':                              'x x x x x x x',
  'people.list':                                    '. x . . . . .',
  'people.myInvitations':                           '. x x x x x x',
  'people.removeRole':                              '. x . . . . .',
  'people.renewInvite':                             '. x . . . . .',
  'people.revokeInvite':                            '. x . . . . .',
  'people.setBlocked':                              '. x . . . . .',

  'placements.addAllStudents':                      '. . x . . . .',
  'placements.addLocation':                         '. . x . . . .',
  'placements.addSupervisor':                       '. . x . . . .',
  'placements.applyRepair':                         '. . x . . . .',
  'placements.checks':                              '. x x . . . .',
  'placements.compare':                             '. . x . . . .',
  'placements.comparison':                          '. x x . . . .',
  'placements.copyLocations':                       '. . x . . . .',
  'placements.createRound':                         '. . x . . . .',
  'placements.discardRepair':                       '. . x . . . .',
  'placements.explanation':                         '. x x . . . .',
  'placements.exportPlacements':                    '. x x . . . .',
  'placements.exportSnapshot':                      '. x x . . . .',
  'placements.importFile':                          '. . x . . . .',
  'placements.importSnapshot':                      '. . x . . . .',
  'placements.inputs':                              '. x x . . . .',
  'placements.list':                                '. x x . . . .',
  'placements.locationLists':                       '. x x . . . .',
  'placements.mine':                                '. . . . . . x',
  'placements.myLocation':                          '. . . . . x .',
  'placements.override':                            '. . x . . . .',
  'placements.proposeRepair':                       '. . x . . . .',
  'placements.publish':                             '. . x . . . .',
  'placements.removeLocation':                      '. . x . . . .',
  'placements.removeRound':                         '. . x . . . .',
  'placements.removeStudent':                       '. . x . . . .',
  'placements.removeSupervisor':                    '. . x . . . .',
  'placements.repairProposal':                      '. x x . . . .',
  'placements.results':                             '. x x . . . .',
  'placements.resultsPage':                         '. x x . . . .',
  'placements.round':                               '. x x . . . .',
  'placements.run':                                 '. . x . . . .',
  'placements.runStatus':                           '. x x . . . .',
  'placements.savePreferences':                     '. . . . . . x',
  'placements.setLocked':                           '. . x . . . .',
  'placements.template':                            '. . x . . . .',
  'placements.updateLocation':                      '. . x . . . .',
  'placements.updateRound':                         '. . x . . . .',
  'placements.updateStudent':                       '. . x . . . .',
  'placements.updateSupervisor':                    '. . x . . . .',

  'privacy.dossier':                                '. x . . . . .',
  'privacy.erase':                                  '. x . . . . .',
  'privacy.export':                                 '. x . . . . .',
  'privacy.exportHtml':                             '. x . . . . .',
  'privacy.retention':                              '. x . . . . .',
  'privacy.setRetention':                           '. x . . . . .',

  'programmes.create':                              '. x . . . . .',
  'programmes.list':                                '. x x x x x .',
  'programmes.remove':                              '. x . . . . .',
  'programmes.update':                              '. x . . . . .',

  'regiegroep.actions':                             '. . x . x . .',
  'regiegroep.addAction':                           '. . x . x . .',
  'regiegroep.addAgendaItem':                       '. . x . x . .',
  'regiegroep.addTrend':                            '. . x . x . .',
  'regiegroep.createMeeting':                       '. . x . x . .',
  'regiegroep.dashboard':                           '. . x x x . .',
  'regiegroep.dashboardOptions':                    '. . x x x . .',
  'regiegroep.decisions':                           '. . x . x . .',
  'regiegroep.drillEntries':                        '. . x . x . .',
  'regiegroep.drillPlacements':                     '. . x . x . .',
  'regiegroep.drillPrinciples':                     '. . x . x . .',
  'regiegroep.drillSignals':                        '. . x x x . .',
  'regiegroep.drillTeam':                           '. . x x x . .',
  'regiegroep.exportTable':                         '. . x x x . .',
  'regiegroep.group':                               '. . x . x . .',
  'regiegroep.meeting':                             '. . x . x . .',
  'regiegroep.meetings':                            '. . x . x . .',
  'regiegroep.myActions':                           '. x x x x x .',
  'regiegroep.recordDecision':                      '. . x . x . .',
  'regiegroep.removeAction':                        '. . x . x . .',
  'regiegroep.removeAgendaItem':                    '. . x . x . .',
  'regiegroep.removeDecision':                      '. . x . x . .',
  'regiegroep.removeMeeting':                       '. . x . x . .',
  'regiegroep.removeTrend':                         '. . x . x . .',
  'regiegroep.reorderAgenda':                       '. . x . x . .',
  'regiegroep.setActionStatus':                     '. x x x x x .',
  'regiegroep.setMemberOrganisation':               '. . x . x . .',
  'regiegroep.updateAction':                        '. . x . x . .',
  'regiegroep.updateAgendaItem':                    '. . x . x . .',
  'regiegroep.updateDecision':                      '. . x . x . .',
  'regiegroep.updateGroup':                         '. . x . x . .',
  'regiegroep.updateMeeting':                       '. . x . x . .',

  'report.accountability':                          '. . x . x . .',
  'report.exportXlsx':                              '. . x . x . .',

  'schoolYears.create':                             '. x . . . . .',
  'schoolYears.createPeriod':                       '. x . . . . .',
  'schoolYears.list':                               '. x x x x x .',
  'schoolYears.removePeriod':                       '. x . . . . .',
  'schoolYears.updatePeriod':                       '. x . . . . .',

  'session.changePassword':                         '. x x x x x x',
  'session.me':                                     'x x x x x x x',
  'session.overview':                               '. x x x x x .',
  'session.setLanguage':                            '. x x x x x x',
  'session.switchPartnership':                      '. x x x x x x',

  'start.attention':                                '. x x x x x x',

  'students.create':                                '. x . . . . .',
  'students.get':                                   '. x x x . . .',
  'students.list':                                  '. x x x . . .',
  'students.mine':                                  '. . . . . . x',
  'students.remove':                                '. x . . . . .',
  'students.unlinkAccount':                         '. x . . . . .',
  'students.update':                                '. x . . . . .',

  'workplace.addObservation':                     '. . . . . x .',
  'workplace.askQuestion':                        '. . . . . x .',
  'workplace.confirmPresence':                    '. . . . . x .',
  'workplace.forTeam':                            '. . x x . . .',
  'workplace.mine':                               '. . . . . . x',
  'workplace.myStudents':                         '. . . . . x .',
  'workplace.questions':                          '. . x x . . .',
  'workplace.setQuestionStatus':                  '. . x x . . .',
  'workplace.student':                            '. . . . . x .',
  'workplace.updateObservation':                  '. . . . . x .',
};

/** The columns of the table, in order. */
export const POLICY_COLUMNS = [
  'none',
  'beheerder',
  'projectleider',
  'mentor',
  'regiegroep',
  'locatie',
  'student',
] as const satisfies readonly ('none' | Role)[];
export type PolicyColumn = (typeof POLICY_COLUMNS)[number];

/** Whether the policy lets `who` ("none": without a session) call `path`; throws on a malformed line. */
export function policyAllows(path: string, who: PolicyColumn): boolean {
  const line = AUTHORIZATION_POLICY[path];
  if (line === undefined) throw new Error(`${path} is not in tests/server/authorization-policy.ts`);
  const cells = line.split(' ');
  if (cells.length !== POLICY_COLUMNS.length || cells.some((c) => c !== 'x' && c !== '.'))
    throw new Error(`${path}: the line must be ${POLICY_COLUMNS.length} cells of "x" or "."`);
  return cells[POLICY_COLUMNS.indexOf(who)] === 'x';
}
