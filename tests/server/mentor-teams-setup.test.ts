/** Setting up teams (projectleider), the overview of all teams, and which weeks count as missing. */
import { beforeAll, describe, expect, it } from 'vitest';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { rolledBack } from '../helpers/db';
import { outsideMentor, teamIdOf } from '../helpers/mentor-teams';
import { failure } from '../helpers/failure';
import { cohorts } from '../../db/schema';
import { expectedWeeks, periodAt, weekStates } from '../../server/features/mentor-teams/session-calendar';
import type { TeamInput } from '../../shared/schemas/mentor-teams';

let fx: DemoFixture;
let projectleider: ReturnType<typeof callerFor>;

beforeAll(async () => {
  fx = await demoFixture();
  projectleider = callerFor(fx, 'projectleider@eindhoven.demo');
});

const newCohort = () =>
  fx.db
    .insert(cohorts)
    .values({
      partnershipId: fx.region.eindhoven.partnershipId,
      name: 'PW3 klas B',
      institutionId: fx.region.eindhoven.organisationIds['Koning Willem I College']!,
      schoolYearId: fx.region.eindhoven.schoolYearId,
      createdAt: 0,
    })
    .returning()
    .get().id;
const input = (over: Partial<TeamInput> = {}): TeamInput => ({
  name: 'Mentorteam PW3 klas B',
  cohortId: newCohort(),
  sessionWeekday: 3,
  budgetHoursPerPeriod: 90,
  organisationIds: [fx.region.eindhoven.organisationIds['Kinderopvang De Boomhut']!],
  members: [{ userId: fx.region.eindhoven.userIdByEmail['mentor@eindhoven.demo']!, teamRole: 'praktijkopleider' }],
  ...over,
});

describe('setting up a team', () => {
  it('creates a team with members, adopting organisations, weekday and budget; the member then sees it', () =>
    rolledBack(fx.db, async () => {
      const { id } = await projectleider.mentorTeams.create(input());
      const team = (await projectleider.mentorTeams.list()).find((t) => t.id === id)!;
      expect(team).toMatchObject({
        sessionWeekday: 3,
        budgetHoursPerPeriod: 90,
        members: [{ name: 'Mirjam de Wit', teamRole: 'praktijkopleider' }],
        organisations: [{ name: 'Kinderopvang De Boomhut' }],
      });
      expect((await callerFor(fx, 'mentor@eindhoven.demo').mentorTeams.myTeams()).map((t) => t.id)).toContain(id);
    }));

  it('gives a class one team: a second is refused at the class field', async () => {
    const f = await failure(projectleider.mentorTeams.create(input({ cohortId: fx.region.eindhoven.cohortId })));
    expect(f).toMatchObject({ code: 'CONFLICT', message: 'e.mentorTeams.cohortTaken', field: 'cohortId' });
  });

  it('takes only people with the mentor role, each once', async () => {
    const regiegroep = fx.region.eindhoven.userIdByEmail['regiegroep@eindhoven.demo']!;
    expect(
      await failure(
        projectleider.mentorTeams.create(input({ members: [{ userId: regiegroep, teamRole: 'roc-docent' }] })),
      ),
    ).toMatchObject({ message: 'e.mentorTeams.notMentor', field: 'members.0.userId' });
    const mentorId = fx.region.eindhoven.userIdByEmail['mentor@eindhoven.demo']!;
    const dup = await failure(
      projectleider.mentorTeams.create(
        input({
          members: [
            { userId: mentorId, teamRole: 'praktijkopleider' },
            { userId: mentorId, teamRole: 'roc-docent' },
          ],
        }),
      ),
    );
    expect(dup.zod[0]).toMatchObject({ path: ['members', 1, 'userId'], message: 'v.mentorTeams.duplicateMember' });
    expect((await failure(projectleider.mentorTeams.create(input({ members: [] })))).zod[0]).toMatchObject({
      path: ['members'],
      message: 'v.mentorTeams.members',
    });
    expect((await failure(projectleider.mentorTeams.create(input({ budgetHoursPerPeriod: -5 })))).zod[0]).toMatchObject(
      { path: ['budgetHoursPerPeriod'] },
    );
  });

  it('adding a mentor to the team opens it for them', () =>
    rolledBack(fx.db, async () => {
      const email = outsideMentor(fx, 'eindhoven');
      const teamId = teamIdOf(fx, 'eindhoven');
      expect((await failure(callerFor(fx, email).mentorTeams.week({ teamId }))).code).toBe('FORBIDDEN');
      const team = (await projectleider.mentorTeams.list()).find((t) => t.id === teamId)!;
      const userId = (await projectleider.mentorTeams.setupOptions()).mentors.find(
        (m) => m.name === 'Mentor Buiten Team',
      )!.userId;
      await projectleider.mentorTeams.update({
        id: teamId,
        revision: team.revision,
        name: team.name,
        cohortId: team.cohortId,
        sessionWeekday: team.sessionWeekday,
        budgetHoursPerPeriod: team.budgetHoursPerPeriod,
        organisationIds: team.organisations.map((o) => o.id),
        members: [
          ...team.members.map((m) => ({
            userId: m.userId,
            teamRole: m.teamRole as TeamInput['members'][number]['teamRole'],
            organisationId: m.organisationId,
          })),
          { userId, teamRole: 'hogeschool-docent' },
        ],
      });
      expect((await callerFor(fx, email).mentorTeams.week({ teamId })).team.members).toHaveLength(4);
    }));

  it('a team with history is in use and stays', async () => {
    expect(await failure(projectleider.mentorTeams.remove({ id: teamIdOf(fx, 'eindhoven') }))).toMatchObject({
      code: 'CONFLICT',
      message: 'e.inUse',
    });
  });
});

describe('the overview of all teams', () => {
  it('shows logged and missing weeks, presence, signals and hours, and follows a new log', () =>
    rolledBack(fx.db, async () => {
      const [team] = await callerFor(fx, 'regiegroep@eindhoven.demo').mentorTeams.overview();
      expect(team!.missingWeeks).toBe(2);
      expect(team!.weeks.filter((w) => w.state === 'ontbreekt').map((w) => w.week)).toEqual([45, 48]);
      expect(team!.signals).toEqual({ nieuw: 2, doorgezet: 1, opgepakt: 1, afgerond: 1 });
      expect(team!.hours).toMatchObject({ periodName: 'Periode 2', budgetHours: 120 });
      expect(team!.presence?.sessions).toBe(25 * 10);
      await callerFor(fx, 'mentor@eindhoven.demo').mentorTeams.createLog({
        teamId: team!.id,
        sessionDate: '2026-11-24',
      });
      expect((await projectleider.mentorTeams.overview())[0]!.missingWeeks).toBe(1);
    }));
});

describe('the session calendar', () => {
  const year = { startsOn: '2026-08-01', endsOn: '2027-07-31' };
  const periods = [
    { startsOn: '2026-08-31', endsOn: '2026-11-08' },
    { startsOn: '2026-11-09', endsOn: '2027-01-31' },
  ];

  it('expects a session each week whose session day lies in a period and not in the future', () => {
    const weeks = expectedWeeks({ sessionWeekday: 4, schoolYear: year, periods, today: '2026-11-25' });
    expect(weeks[0]).toEqual({ year: 2026, week: 36 });
    // Thursday 26 November is still to come: week 48 is not expected yet.
    expect(weeks.at(-1)).toEqual({ year: 2026, week: 47 });
    expect(expectedWeeks({ sessionWeekday: 2, schoolYear: year, periods, today: '2026-11-25' }).at(-1)).toEqual({
      year: 2026,
      week: 48,
    });
    // Without periods, the school year itself bounds the weeks (summer included).
    expect(expectedWeeks({ sessionWeekday: 1, schoolYear: year, periods: [], today: '2026-08-20' })[0]).toEqual({
      year: 2026,
      week: 32,
    });
  });

  it('marks each week by its log; no log is missing, "vervallen" is not', () => {
    const states = weekStates({ sessionWeekday: 2, schoolYear: year, periods, today: '2026-09-16' }, [
      { isoYear: 2026, isoWeek: 36, status: 'vastgesteld' },
      { isoYear: 2026, isoWeek: 38, status: 'vervallen' },
    ]);
    expect(states.map((w) => `${w.week}:${w.state}`)).toEqual(['36:vastgesteld', '37:ontbreekt', '38:vervallen']);
  });

  it('finds the current period, or the last begun between periods', () => {
    const named = periods.map((p, i) => ({ ...p, name: `P${i + 1}` }));
    expect(periodAt(named, '2026-11-25')!.name).toBe('P2');
    expect(periodAt(named, '2027-03-01')!.name).toBe('P2');
    expect(periodAt(named, '2026-08-02')!.name).toBe('P1');
  });
});
