import { router, procedure } from '../../trpc/init';
import { profileSaveSchema, teamQuerySchema } from '../../../shared/schemas/profiles';
import { consent, myProfile, saveProfile, withdraw } from './own.service';
import { teams, teamView } from './team.service';

/**
 * Profiles against the Beroepsbeeld Medewerker IKC (docs/decisions/090). A worker (profiles.own) keeps their
 * own, with consent; the team view (profiles.team) shows a team's coverage and gaps, never a person.
 */
export const profilesRouter = router({
  mine: procedure('profiles.own').query(({ ctx }) => myProfile(ctx)),
  consent: procedure('profiles.own').mutation(({ ctx }) => consent(ctx)),
  save: procedure('profiles.own')
    .input(profileSaveSchema)
    .mutation(({ ctx, input }) => saveProfile(ctx, input)),
  withdraw: procedure('profiles.own').mutation(({ ctx }) => withdraw(ctx)),
  teams: procedure('profiles.team').query(({ ctx }) => teams(ctx)),
  team: procedure('profiles.team')
    .input(teamQuerySchema)
    .query(({ ctx, input }) => teamView(ctx, input)),
});
