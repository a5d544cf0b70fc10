import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, conflictOf, errorDetails } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { ConflictNotice } from '../../components/ui/conflict-notice';
import { formatDutchDate } from '../../../shared/domain/dates';

type Option = { id: number; name: string };
interface Coach {
  id: number;
  name: string;
  coachingRoleId: number;
  locationId: number;
  organisationId: number;
  endedOn: string | null;
  revision: number;
}
interface Choices {
  roles: Option[];
  locations: Option[];
  organisations: Option[];
}

/**
 * One coach registration, changed in place (docs/decisions/091): role, location and paying organisation,
 * or ended (no more weeks, their hours stay) and taken up again — each under the registration's revision.
 */
export function CoachRow({ coach, choices, onSaved }: { coach: Coach; choices: Choices; onSaved: () => void }) {
  const { t } = useTranslation('coaching');
  const [coachingRoleId, setRoleId] = useState(coach.coachingRoleId);
  const [locationId, setLocationId] = useState(coach.locationId);
  const [organisationId, setOrganisationId] = useState(coach.organisationId);
  const [revision, setRevision] = useState(coach.revision);
  const update = trpc.coaching.updateCoach.useMutation({ onSuccess: onSaved });
  const end = trpc.coaching.endCoach.useMutation({ onSuccess: onSaved });
  const failed = update.error ?? end.error;
  const conflict = conflictOf(failed);
  const id = `coach-${coach.id}`;
  const select = (field: string, label: string, value: number, set: (n: number) => void, options: Option[]) => (
    <td>
      <label className="visually-hidden" htmlFor={`${id}-${field}`}>
        {t('setup.fieldOf', { field: label, name: coach.name })}
      </label>
      <select
        id={`${id}-${field}`}
        value={value}
        disabled={coach.endedOn !== null}
        onChange={(e) => set(Number(e.target.value))}
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </td>
  );
  return (
    <tr>
      <th scope="row">
        {coach.name}
        {coach.endedOn && (
          <span className="muted"> · {t('setup.endedOn', { date: formatDutchDate(coach.endedOn) })}</span>
        )}
        {conflict && (
          <ConflictNotice
            message={conflict.message}
            onReload={onSaved}
            onKeepMine={() => setRevision(conflict.revision)}
          />
        )}
        {failed && !conflict && <span className="field-error">{errorDetails(failed).message}</span>}
      </th>
      {select('role', t('overview.role'), coachingRoleId, setRoleId, choices.roles)}
      {select('location', t('grid.locationId'), locationId, setLocationId, choices.locations)}
      {select('organisation', t('grid.organisationId'), organisationId, setOrganisationId, choices.organisations)}
      <td className="row-actions">
        {coach.endedOn === null && (
          // one short word to see per row; the whole name ("Bas van der Velden opslaan") to hear
          <Button
            variant="secondary"
            aria-label={t('setup.saveCoach', { name: coach.name })}
            onClick={() => update.mutate({ id: coach.id, revision, coachingRoleId, locationId, organisationId })}
          >
            {t('setup.saveCoachShort')}
          </Button>
        )}{' '}
        <Button
          variant="secondary"
          aria-label={
            coach.endedOn === null
              ? t('setup.endCoach', { name: coach.name })
              : t('setup.reopenCoach', { name: coach.name })
          }
          onClick={() => end.mutate({ id: coach.id, revision, ended: coach.endedOn === null })}
        >
          {coach.endedOn === null ? t('setup.endCoachShort') : t('setup.reopenCoachShort')}
        </Button>
      </td>
    </tr>
  );
}
