import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';

type Option = { id: number; name: string };
interface Choices {
  candidates: { userId: number; name: string }[];
  roles: Option[];
  locations: Option[];
  organisations: Option[];
}

/** Registers a person (mentor or locatie) as a coach in a coaching role: they can then label their hours. */
export function CoachForm({ data, onSaved }: { data: Choices; onSaved: () => void }) {
  const { t } = useTranslation('coaching');
  const [userId, setUserId] = useState(data.candidates[0]?.userId ?? 0);
  const [coachingRoleId, setRoleId] = useState(data.roles[0]?.id ?? 0);
  const [locationId, setLocationId] = useState(data.locations[0]?.id ?? 0);
  const [organisationId, setOrganisationId] = useState(data.organisations[0]?.id ?? 0);
  const create = trpc.coaching.createCoach.useMutation({ onSuccess: onSaved });
  const select = (id: string, label: string, value: number, set: (n: number) => void, options: Option[]) => (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set(Number(e.target.value))}>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </>
  );
  return (
    <form
      className="inline-form"
      aria-label={t('setup.newCoach')}
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate({ userId, coachingRoleId, locationId, organisationId });
      }}
    >
      {create.error && <Notice kind="error">{errorDetails(create.error).message}</Notice>}
      {select(
        'coach-user',
        t('setup.person'),
        userId,
        setUserId,
        data.candidates.map((c) => ({ id: c.userId, name: c.name })),
      )}
      {select('coach-role', t('overview.role'), coachingRoleId, setRoleId, data.roles)}
      {select('coach-location', t('grid.locationId'), locationId, setLocationId, data.locations)}
      {select('coach-organisation', t('grid.organisationId'), organisationId, setOrganisationId, data.organisations)}
      <Button type="submit">{t('setup.registerCoach')}</Button>
    </form>
  );
}
