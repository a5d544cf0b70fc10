import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { can, useMe } from '../../lib/session';
import { ORGANISATION_TYPES } from '../../../shared/domain/organisations';
import { organisationInputSchema, organisationUpdateSchema } from '../../../shared/schemas/organisations';
import { CrudPage } from './crud-page';

export function OrganisationsPage() {
  const { t } = useTranslation('admin');
  const { data: me } = useMe();
  const utils = trpc.useUtils();
  const query = trpc.organisations.list.useQuery();
  const refresh = () => utils.organisations.list.invalidate();
  const create = trpc.organisations.create.useMutation({ onSuccess: refresh });
  const update = trpc.organisations.update.useMutation({ onSuccess: refresh });
  const remove = trpc.organisations.remove.useMutation({ onSuccess: refresh });

  return (
    <CrudPage
      title={t('organisations.title')}
      intro={t('organisations.intro')}
      noun={t('organisations.noun')}
      query={query}
      columns={[
        { header: t('fields.name'), cell: (o) => o.name },
        { header: t('fields.type'), cell: (o) => t(`organisationTypes.${o.type}`) },
      ]}
      rowName={(o) => o.name}
      fields={[
        { name: 'name', label: t('fields.name'), kind: 'text' },
        {
          name: 'type',
          label: t('fields.type'),
          kind: 'select',
          options: ORGANISATION_TYPES.map((v) => ({ value: v, label: t(`organisationTypes.${v}`) })),
        },
      ]}
      createSchema={organisationInputSchema}
      updateSchema={organisationUpdateSchema}
      empty={{ name: '', type: 'kinderopvang' }}
      fromRow={(o) => ({ id: o.id, revision: o.revision, name: o.name, type: o.type })}
      canManage={can(me, 'admin.manage')}
      onCreate={(v) => create.mutateAsync(v)}
      onUpdate={(v) => update.mutateAsync(v)}
      onRemove={(id) => remove.mutateAsync({ id })}
    />
  );
}
