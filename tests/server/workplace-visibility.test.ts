/**
 * Who sees what the workplace wrote (decision 083): the class's mentor team and the projectleider see
 * presence, every observation and the questions; a mentor outside the team sees nothing; a student sees
 * only the observations marked for them, never a classmate's; a werkbegeleider of another location none.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { callerFor, demoFixture, type DemoFixture } from '../helpers/demo';
import { outsideMentor } from '../helpers/mentor-teams';
import { failure } from '../helpers/failure';

let fx: DemoFixture;
let sanne: number;
let fenna: number;
const TEAM_ONLY = 'Neemt bij vrij spel nog weinig initiatief';
const FOR_STUDENT = 'Begroet de kinderen bij het brengen rustig';

beforeAll(async () => {
  fx = await demoFixture();
  const idOf = (first: string, last: string) =>
    fx.db.get<{ id: number }>(sql`select id from student where first_name = ${first} and last_name = ${last}`).id;
  sanne = idOf('Sanne', 'Jansen');
  fenna = idOf('Fenna', 'Meijer');
}, 120_000);

describe('the mentor team and the projectleider', () => {
  it.each(['mentor@eindhoven.demo', 'docent@eindhoven.demo', 'projectleider@eindhoven.demo'])(
    '%s sees every observation and the questions of the class',
    async (email) => {
      const w = callerFor(fx, email).workplace;
      const bodies = (await w.forTeam({ studentId: sanne })).observations.map((o) => o.body).join('\n');
      expect(bodies).toContain(TEAM_ONLY);
      expect(bodies).toContain(FOR_STUDENT);
      expect((await w.questions()).map((q) => q.studentId)).toContain(fenna);
    },
  );

  it('a mentor outside the team sees no student and no question', async () => {
    const outsider = callerFor(fx, outsideMentor(fx, 'eindhoven')).workplace;
    expect(await failure(outsider.forTeam({ studentId: sanne }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await outsider.questions()).toEqual([]);
  });
});

describe('the student', () => {
  it('sees only what was marked for them, and nothing of a classmate', async () => {
    const mine = await callerFor(fx, 'student@eindhoven.demo').workplace.mine();
    expect(mine.map((o) => o.body).join('\n')).toContain(FOR_STUDENT);
    expect(mine.map((o) => o.body).join('\n')).not.toContain(TEAM_ONLY);
    // Every observation shown is about Sanne herself: Fenna's werkbegeleider writes about Fenna elsewhere.
    expect(mine).toHaveLength(1);
  });
});

describe('a werkbegeleider', () => {
  it('of another location sees none of the students, observations or questions of De Regenboog', async () => {
    const linda = callerFor(fx, 'locatie@eindhoven.demo').workplace;
    expect((await linda.myStudents()).map((s) => s.studentId)).not.toContain(sanne);
    expect(await failure(linda.student({ studentId: sanne }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});
