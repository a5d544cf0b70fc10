import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { can, useMe } from '../../lib/session';
import { NLQF_LEVELS, PROGRAMME_ROUTES } from '../../../shared/domain/programmes';
import { programmeInputSchema, programmeUpdateSchema } from '../../../shared/schemas/programmes';
import { CrudPage } from './crud-page';
import { useOrganisationOptions } from './use-admin-data';

export function ProgrammesPage() {
  const { t } = useTranslation('admin');
  const { data: me } = useMe();
  const utils = trpc.useUtils();
  const query = trpc.programmes.list.useQuery();
  const institutionOptions = useOrganisationOptions('institutions');
  const refresh = () => utils.programmes.list.invalidate();
  const create = trpc.programmes.create.useMutation({ onSuccess: refresh });
  const update = trpc.programmes.update.useMutation({ onSuccess: refresh });
  const remove = trpc.programmes.remove.useMutation({ onSuccess: refresh });

  return (
    <CrudPage
      title={t('programmes.title')}
      intro={t('programmes.intro')}
      noun={t('programmes.noun')}
      query={query}
      columns={[
        { header: t('fields.name'), cell: (p) => p.name },
        { header: t('fields.code'), cell: (p) => <code>{p.code}</code> },
        { header: t('fields.institution'), cell: (p) => p.institutionName },
        { header: t('fields.nlqfLevel'), cell: (p) => p.nlqfLevel, numeric: true },
        { header: t('fields.route'), cell: (p) => t(`routes.${p.route}`) },
        { header: t('fields.daysPerWeek'), cell: (p) => p.daysPerWeek, numeric: true },
      ]}
      rowName={(p) => p.name}
      fields={[
        { name: 'name', label: t('fields.name'), kind: 'text' },
        { name: 'code', label: t('fields.code'), kind: 'text', hint: t('fields.codeHint') },
        {
          name: 'institutionId',
          label: t('fields.institution'),
          kind: 'select',
          numeric: true,
          options: institutionOptions,
        },
        {
          name: 'nlqfLevel',
          label: t('fields.nlqfLevel'),
          kind: 'select',
          numeric: true,
          options: NLQF_LEVELS.map((l) => ({ value: l, label: t(`nlqf.${l}`) })),
        },
        {
          name: 'route',
          label: t('fields.route'),
          kind: 'select',
          options: PROGRAMME_ROUTES.map((r) => ({ value: r, label: t(`routes.${r}`) })),
        },
        { name: 'daysPerWeek', label: t('fields.daysPerWeek'), kind: 'number' },
      ]}
      createSchema={programmeInputSchema}
      updateSchema={programmeUpdateSchema}
      empty={{ name: '', code: '', institutionId: 0, nlqfLevel: 4, route: 'bol', daysPerWeek: 2 }}
      fromRow={({ institutionName: _i, ...row }) => ({ ...row, route: row.route as (typeof PROGRAMME_ROUTES)[number] })}
      canManage={can(me, 'admin.manage')}
      onCreate={(v) => create.mutateAsync(v)}
      onUpdate={(v) => update.mutateAsync(v)}
      onRemove={(id) => remove.mutateAsync({ id })}
    />
  );
}
