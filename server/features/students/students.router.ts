import { router, procedure } from '../../trpc/init';
import { byIdSchema } from '../../../shared/schemas/common';
import { studentInputSchema, studentListSchema, studentUpdateSchema } from '../../../shared/schemas/students';
import * as service from './students.service';

export const studentsRouter = router({
  list: procedure('students.read')
    .input(studentListSchema)
    .query(({ ctx, input }) => service.listStudents(ctx, input)),
  mine: procedure('self.read').query(({ ctx }) => service.myStudentRecord(ctx)),
  get: procedure('students.read')
    .input(byIdSchema)
    .query(({ ctx, input }) => service.getStudent(ctx, input.id)),
  create: procedure('admin.manage')
    .input(studentInputSchema)
    .mutation(({ ctx, input }) => service.createStudent(ctx, input)),
  update: procedure('admin.manage')
    .input(studentUpdateSchema)
    .mutation(({ ctx, input }) => service.updateStudent(ctx, input)),
  remove: procedure('admin.manage')
    .input(byIdSchema)
    .mutation(({ ctx, input }) => service.removeStudent(ctx, input.id)),
  unlinkAccount: procedure('admin.manage')
    .input(byIdSchema)
    .mutation(({ ctx, input }) => service.unlinkAccount(ctx, input.id)),
});
