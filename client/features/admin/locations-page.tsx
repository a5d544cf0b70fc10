import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { can, useMe } from '../../lib/session';
import { locationInputSchema, locationUpdateSchema } from '../../../shared/schemas/locations';
import { CrudPage } from './crud-page';
import { useOrganisationOptions, useWeekdayList } from './use-admin-data';

export function LocationsPage() {
  const { t } = useTranslation('admin');
  const { data: me } = useMe();
  const utils = trpc.useUtils();
  const query = trpc.locations.list.useQuery();
  const organisationOptions = useOrganisationOptions();
  const weekdayList = useWeekdayList();
  const refresh = () => utils.locations.list.invalidate();
  const create = trpc.locations.create.useMutation({ onSuccess: refresh });
  const update = trpc.locations.update.useMutation({ onSuccess: refresh });
  const remove = trpc.locations.remove.useMutation({ onSuccess: refresh });

  return (
    <CrudPage
      title={t('locations.title')}
      intro={t('locations.intro')}
      noun={t('locations.noun')}
      query={query}
      columns={[
        { header: t('fields.name'), cell: (l) => l.name },
        { header: t('fields.organisation'), cell: (l) => l.organisationName },
        { header: t('fields.city'), cell: (l) => l.city },
        { header: t('fields.openDays'), cell: (l) => weekdayList(l.openDays) },
      ]}
      rowName={(l) => l.name}
      fields={[
        { name: 'name', label: t('fields.name'), kind: 'text' },
        {
          name: 'organisationId',
          label: t('fields.organisation'),
          kind: 'select',
          numeric: true,
          options: organisationOptions,
        },
        { name: 'address', label: t('fields.address'), kind: 'text' },
        { name: 'postcode', label: t('fields.postcode'), kind: 'text', optional: true },
        { name: 'city', label: t('fields.city'), kind: 'text' },
        { name: 'openDays', label: t('fields.openDays'), kind: 'weekdays' },
        {
          name: 'lat',
          label: t('fields.lat'),
          kind: 'decimal',
          nullable: true,
          optional: true,
          hint: t('fields.coordsHint'),
        },
        { name: 'lon', label: t('fields.lon'), kind: 'decimal', nullable: true, optional: true },
      ]}
      createSchema={locationInputSchema}
      updateSchema={locationUpdateSchema}
      empty={{
        name: '',
        organisationId: 0,
        address: '',
        postcode: '',
        city: '',
        openDays: [1, 2, 3, 4, 5],
        lat: null,
        lon: null,
      }}
      fromRow={({ organisationName: _o, ...row }) => row}
      canManage={can(me, 'admin.manage')}
      onCreate={(v) => create.mutateAsync(v)}
      onUpdate={(v) => update.mutateAsync(v)}
      onRemove={(id) => remove.mutateAsync({ id })}
    />
  );
}
