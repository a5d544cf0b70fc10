import { router, procedure } from '../../trpc/init';
import * as s from '../../../shared/schemas/workplace';
import * as werkbegeleider from './werkbegeleider.service';
import { questionsForTeam, setQuestionStatus, workplaceForTeam } from './team.service';
import { myWorkplaceObservations } from './student.service';

/**
 * The werkbegeleider's voice (docs/decisions/083). workplace.own: a werkbegeleider, for the students
 * placed at their TOP-locatie only (access.ts); workplace.team: the mentor team (own classes) and the
 * projectleider; self.read: the student, for what was marked for them.
 */
export const workplaceRouter = router({
  myStudents: procedure('workplace.own').query(({ ctx }) => werkbegeleider.myStudents(ctx)),
  student: procedure('workplace.own')
    .input(s.workplaceStudentSchema)
    .query(({ ctx, input }) => werkbegeleider.studentAtWorkplace(ctx, input)),
  confirmPresence: procedure('workplace.own')
    .input(s.presenceSchema)
    .mutation(({ ctx, input }) => werkbegeleider.confirmPresence(ctx, input)),
  addObservation: procedure('workplace.own')
    .input(s.observationCreateSchema)
    .mutation(({ ctx, input }) => werkbegeleider.addObservation(ctx, input)),
  updateObservation: procedure('workplace.own')
    .input(s.observationUpdateSchema)
    .mutation(({ ctx, input }) => werkbegeleider.updateObservation(ctx, input)),
  askQuestion: procedure('workplace.own')
    .input(s.questionCreateSchema)
    .mutation(({ ctx, input }) => werkbegeleider.askQuestion(ctx, input)),

  forTeam: procedure('workplace.team')
    .input(s.workplaceStudentSchema)
    .query(({ ctx, input }) => workplaceForTeam(ctx, input)),
  questions: procedure('workplace.team').query(({ ctx }) => questionsForTeam(ctx)),
  setQuestionStatus: procedure('workplace.team')
    .input(s.questionStatusSchema)
    .mutation(({ ctx, input }) => setQuestionStatus(ctx, input)),

  mine: procedure('self.read').query(({ ctx }) => myWorkplaceObservations(ctx)),
});
