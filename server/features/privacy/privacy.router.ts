import { router, procedure } from '../../trpc/init';
import { eraseSchema, retentionUpdateSchema, subjectSchema } from '../../../shared/schemas/privacy';
import { exportDossier, exportDossierHtml, viewDossier } from './dossier.service';
import { eraseSubject } from './erase.service';
import { listRetention, setRetention } from './retention.service';

/** Privacy (AVG) for the beheerder: inzage, vergeten, bewaartermijnen, and who saw a record. */
export const privacyRouter = router({
  dossier: procedure('privacy.manage')
    .input(subjectSchema)
    .query(({ ctx, input }) => viewDossier(ctx, input)),
  export: procedure('privacy.manage')
    .input(subjectSchema)
    .mutation(({ ctx, input }) => exportDossier(ctx, input)),
  exportHtml: procedure('privacy.manage')
    .input(subjectSchema)
    .mutation(({ ctx, input }) => exportDossierHtml(ctx, input)),
  erase: procedure('privacy.manage')
    .input(eraseSchema)
    .mutation(({ ctx, input }) => eraseSubject(ctx, input)),
  retention: procedure('privacy.manage').query(({ ctx }) => listRetention(ctx)),
  setRetention: procedure('privacy.manage')
    .input(retentionUpdateSchema)
    .mutation(({ ctx, input }) => setRetention(ctx, input)),
});
