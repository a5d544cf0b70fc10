import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { ROLES, type Role } from '../../../shared/domain/roles';
import { Button } from '../../components/ui/button';

/** A compact "add a role" control for one person in the people table. */
export function AddRoleForm({
  userId,
  revision,
  name,
  locations,
  onDone,
  onError,
}: {
  userId: number;
  /** The person's revision as the people page read it (decision 080). */
  revision: number;
  name: string;
  locations: { id: number; name: string }[];
  /** Runs as the mutation's onSuccess: the add counts as done once this promise (a refresh) settles. */
  onDone: () => Promise<unknown>;
  onError: (e: unknown) => void;
}) {
  const { t } = useTranslation('admin');
  const [role, setRole] = useState<Role | ''>('');
  const [locationId, setLocationId] = useState<number | null>(null);
  const addRole = trpc.people.addRole.useMutation({
    onSuccess: (_added, sent) => {
      // Emptied as the server confirms (unless changed since sending), not after the refreshed roles show
      // (decision 103). The refresh is still awaited: the button stays busy until the person's new revision
      // is in, so the next add sends it.
      setRole((now) => (now === sent.role ? '' : now));
      return onDone();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!role) return;
    addRole
      .mutateAsync({ userId, revision, role, topLocationId: role === 'locatie' ? locationId : null })
      .catch(onError);
  }

  return (
    <form className="inline-form" onSubmit={submit} aria-label={t('people.addRoleFor', { name })}>
      <label className="visually-hidden" htmlFor={`role-${userId}`}>
        {t('people.addRoleFor', { name })}
      </label>
      <select id={`role-${userId}`} value={role} onChange={(e) => setRole(e.target.value as Role | '')}>
        <option value="">{t('people.addRole')}</option>
        {ROLES.filter((r) => r !== 'student').map((r) => (
          <option key={r} value={r}>
            {t(`common:roles.${r}`)}
          </option>
        ))}
      </select>
      {role === 'locatie' && (
        <>
          <label className="visually-hidden" htmlFor={`role-loc-${userId}`}>
            {t('fields.topLocation')}
          </label>
          <select
            id={`role-loc-${userId}`}
            value={locationId ?? ''}
            onChange={(e) => setLocationId(e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">{t('fields.topLocation')}</option>
            {locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </>
      )}
      {role && (
        <Button type="submit" disabled={addRole.isPending}>
          {t('common:actions.add')}
        </Button>
      )}
    </form>
  );
}
