import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { can, useMe } from '../../lib/session';
import { studentInputSchema, studentUpdateSchema } from '../../../shared/schemas/students';
import { Notice } from '../../components/ui/notice';
import { formatDutchDate } from '../../../shared/domain/dates';
import type { LeaveReason } from '../../../shared/domain/school-year-rollover';
import { CrudPage } from './crud-page';
import { UnlinkAccountButton } from './unlink-account-button';
import { useCohortOptions, useProgrammeOptions, useSchoolYearOptions } from './use-admin-data';

/** Students of the partnership. Opening this list is personal data: the server audits it. */
export function StudentsPage() {
  const { t } = useTranslation(['admin', 'privacy', 'rollover']);
  const { data: me } = useMe();
  const utils = trpc.useUtils();
  const [search, setSearch] = useState('');
  const [cohortId, setCohortId] = useState<number | undefined>(undefined);
  const query = trpc.students.list.useQuery({ search, cohortId }, { placeholderData: (previous) => previous });
  const programmeOptions = useProgrammeOptions();
  const cohortOptions = useCohortOptions();
  const schoolYearOptions = useSchoolYearOptions();
  const refresh = () => utils.students.list.invalidate();
  const create = trpc.students.create.useMutation({ onSuccess: refresh });
  const update = trpc.students.update.useMutation({ onSuccess: refresh });
  const remove = trpc.students.remove.useMutation({ onSuccess: refresh });
  const [status, setStatus] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const canManage = can(me, 'admin.manage');

  return (
    <CrudPage
      title={t('students.title')}
      intro={t('students.intro')}
      noun={t('students.noun')}
      query={query}
      toolbar={
        <>
          {status && <Notice kind={status.kind}>{status.text}</Notice>}
          <div className="toolbar" role="search">
            <label className="inline-field">
              <span>{t('common:actions.search')}</span>
              <input
                type="search"
                value={search}
                onChange={(e) => setSearch(e.target.value)}
                placeholder={t('students.searchPlaceholder')}
              />
            </label>
            <label className="inline-field">
              <span>{t('fields.cohort')}</span>
              <select
                value={cohortId ?? ''}
                onChange={(e) => setCohortId(e.target.value ? Number(e.target.value) : undefined)}
              >
                <option value="">{t('students.allCohorts')}</option>
                {cohortOptions.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
            <span className="muted" aria-live="polite">
              {query.data ? t('students.count', { count: query.data.length }) : ''}
            </span>
          </div>
        </>
      }
      columns={[
        { header: t('fields.name'), cell: (s) => `${s.firstName} ${s.lastName}` },
        { header: t('fields.studentNumber'), cell: (s) => s.studentNumber ?? '—' },
        { header: t('fields.programme'), cell: (s) => s.programmeName },
        { header: t('students.institution'), cell: (s) => s.institutionName },
        { header: t('fields.cohort'), cell: (s) => s.cohortName ?? '—' },
        {
          header: t('students.left'),
          cell: (s) =>
            s.leftOn === null
              ? '—'
              : t('students.leftOn', {
                  reason: t(`rollover:reasons.${s.leaveReason as LeaveReason}`),
                  date: formatDutchDate(s.leftOn),
                }),
        },
        {
          header: t('students.account'),
          cell: (s) => (
            <span className="row-actions">
              {s.hasAccount ? t('students.linked') : t('students.noAccount')}
              {canManage && s.hasAccount && (
                <UnlinkAccountButton id={s.id} name={`${s.firstName} ${s.lastName}`} onDone={setStatus} />
              )}
            </span>
          ),
        },
        ...(can(me, 'privacy.manage')
          ? [
              {
                header: t('privacy:find.open'),
                cell: (s: { id: number; firstName: string; lastName: string }) => (
                  <Link
                    to={`/beheer/privacy/student/${s.id}`}
                    aria-label={t('privacy:find.openLabel', { name: `${s.firstName} ${s.lastName}` })}
                  >
                    {t('privacy:find.open')}
                  </Link>
                ),
              },
            ]
          : []),
      ]}
      rowName={(s) => `${s.firstName} ${s.lastName}`}
      fields={[
        { name: 'firstName', label: t('fields.firstName'), kind: 'text' },
        { name: 'lastName', label: t('fields.lastName'), kind: 'text' },
        { name: 'email', label: t('fields.email'), kind: 'email', optional: true },
        { name: 'studentNumber', label: t('fields.studentNumber'), kind: 'text', optional: true },
        { name: 'programmeId', label: t('fields.programme'), kind: 'select', numeric: true, options: programmeOptions },
        {
          name: 'cohortId',
          label: t('fields.cohort'),
          kind: 'select',
          numeric: true,
          nullable: true,
          optional: true,
          options: cohortOptions,
        },
        {
          name: 'schoolYearId',
          label: t('fields.schoolYear'),
          kind: 'select',
          numeric: true,
          options: schoolYearOptions,
        },
        {
          name: 'homeLat',
          label: t('fields.homeLat'),
          kind: 'decimal',
          nullable: true,
          optional: true,
          hint: t('fields.homeHint'),
        },
        { name: 'homeLon', label: t('fields.homeLon'), kind: 'decimal', nullable: true, optional: true },
      ]}
      createSchema={studentInputSchema}
      updateSchema={studentUpdateSchema}
      empty={{
        firstName: '',
        lastName: '',
        email: '',
        studentNumber: '',
        programmeId: 0,
        cohortId: null,
        schoolYearId: schoolYearOptions[0]?.value ?? 0,
        homeLat: null,
        homeLon: null,
      }}
      fromRow={async (s) => {
        const { hasAccount: _a, ...record } = await utils.students.get.fetch({ id: s.id });
        return record;
      }}
      canManage={canManage}
      onCreate={(v) => create.mutateAsync(v)}
      onUpdate={(v) => update.mutateAsync(v)}
      onRemove={(id) => remove.mutateAsync({ id })}
    />
  );
}
