import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { can, useMe } from '../../lib/session';
import { cohortInputSchema, cohortUpdateSchema } from '../../../shared/schemas/cohorts';
import { CrudPage } from './crud-page';
import { useOrganisationOptions, useProgrammeOptions, useSchoolYearOptions } from './use-admin-data';

export function CohortsPage() {
  const { t } = useTranslation('admin');
  const { data: me } = useMe();
  const utils = trpc.useUtils();
  const query = trpc.cohorts.list.useQuery();
  const institutionOptions = useOrganisationOptions('institutions');
  const programmeOptions = useProgrammeOptions();
  const schoolYearOptions = useSchoolYearOptions();
  const refresh = () => utils.cohorts.list.invalidate();
  const create = trpc.cohorts.create.useMutation({ onSuccess: refresh });
  const update = trpc.cohorts.update.useMutation({ onSuccess: refresh });
  const remove = trpc.cohorts.remove.useMutation({ onSuccess: refresh });

  return (
    <CrudPage
      title={t('cohorts.title')}
      intro={t('cohorts.intro')}
      noun={t('cohorts.noun')}
      query={query}
      columns={[
        { header: t('fields.name'), cell: (c) => c.name },
        { header: t('cohorts.mainInstitution'), cell: (c) => c.institutionName },
        { header: t('fields.programme'), cell: (c) => c.programmeName ?? '—' },
        { header: t('fields.schoolYear'), cell: (c) => c.schoolYearLabel },
        {
          header: t('cohorts.year'),
          cell: (c) => t('cohorts.yearOf', { year: c.yearOfProgramme, of: c.programmeYears }),
        },
        { header: t('fields.studentCount'), cell: (c) => c.studentCount, numeric: true },
      ]}
      rowName={(c) => c.name}
      fields={[
        { name: 'name', label: t('fields.name'), kind: 'text' },
        {
          name: 'institutionId',
          label: t('cohorts.mainInstitution'),
          kind: 'select',
          numeric: true,
          options: institutionOptions,
        },
        {
          name: 'programmeId',
          label: t('fields.programme'),
          kind: 'select',
          numeric: true,
          nullable: true,
          optional: true,
          options: programmeOptions,
        },
        {
          name: 'schoolYearId',
          label: t('fields.schoolYear'),
          kind: 'select',
          numeric: true,
          options: schoolYearOptions,
        },
        {
          name: 'startSchoolYearId',
          label: t('cohorts.startYear'),
          kind: 'select',
          numeric: true,
          nullable: true,
          optional: true,
          options: schoolYearOptions,
        },
        {
          name: 'programmeYears',
          label: t('cohorts.programmeYears'),
          kind: 'select',
          numeric: true,
          options: [2, 3, 4].map((n) => ({ value: n, label: t('cohorts.years', { count: n }) })),
        },
      ]}
      createSchema={cohortInputSchema}
      updateSchema={cohortUpdateSchema}
      empty={{
        name: '',
        institutionId: 0,
        programmeId: null,
        schoolYearId: schoolYearOptions[0]?.value ?? 0,
        startSchoolYearId: null,
        programmeYears: 2,
      }}
      fromRow={(c) => ({
        id: c.id,
        revision: c.revision,
        name: c.name,
        institutionId: c.institutionId,
        programmeId: c.programmeId,
        schoolYearId: c.schoolYearId,
        startSchoolYearId: c.startSchoolYearId,
        programmeYears: c.programmeYears,
      })}
      canManage={can(me, 'admin.manage')}
      onCreate={(v) => create.mutateAsync(v)}
      onUpdate={(v) => update.mutateAsync(v)}
      onRemove={(id) => remove.mutateAsync({ id })}
    />
  );
}
