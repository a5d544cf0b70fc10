import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails } from '../../lib/trpc';
import { periodInputSchema, schoolYearInputSchema } from '../../../shared/schemas/school-years';
import { formatDutchDate } from '../../../shared/domain/dates';
import { Button } from '../../components/ui/button';
import { ConfirmButton } from '../../components/ui/confirm-button';
import { DataTable } from '../../components/ui/data-table';
import { EntityForm } from '../../components/ui/entity-form';
import { Notice } from '../../components/ui/notice';
import { PageHeader, Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';

export function SchoolYearsPage() {
  const { t } = useTranslation('admin');
  const utils = trpc.useUtils();
  const query = trpc.schoolYears.list.useQuery();
  const refresh = () => utils.schoolYears.list.invalidate();
  const createYear = trpc.schoolYears.create.useMutation({ onSuccess: refresh });
  const createPeriod = trpc.schoolYears.createPeriod.useMutation({ onSuccess: refresh });
  const removePeriod = trpc.schoolYears.removePeriod.useMutation({ onSuccess: refresh });
  const [adding, setAdding] = useState<'year' | number | null>(null);
  const [status, setStatus] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const saved = () => {
    setAdding(null);
    setStatus({ kind: 'success', text: t('common:state.saved') });
  };

  return (
    <>
      <PageHeader
        title={t('schoolYears.title')}
        intro={t('schoolYears.intro')}
        actions={
          adding === null && (
            <Button onClick={() => setAdding('year')}>{t('addNoun', { noun: t('schoolYears.noun') })}</Button>
          )
        }
      />
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      {adding === 'year' && (
        <div className="panel">
          <EntityForm
            title={t('addNoun', { noun: t('schoolYears.noun') })}
            schema={schoolYearInputSchema}
            initial={{ label: '', startsOn: '', endsOn: '' }}
            fields={[
              { name: 'label', label: t('fields.schoolYear'), kind: 'text', hint: t('schoolYears.labelHint') },
              { name: 'startsOn', label: t('fields.startsOn'), kind: 'date' },
              { name: 'endsOn', label: t('fields.endsOn'), kind: 'date' },
            ]}
            onSubmit={async (v) => {
              await createYear.mutateAsync(v);
              saved();
            }}
            onCancel={() => setAdding(null)}
          />
        </div>
      )}
      <QueryState query={query} empty={(years) => years.length === 0}>
        {(years) =>
          years.map((year) => (
            <Section key={year.id} title={`${t('fields.schoolYear')} ${year.label}`}>
              <p className="muted">
                {formatDutchDate(year.startsOn)} – {formatDutchDate(year.endsOn)}
              </p>
              <DataTable
                caption={t('schoolYears.periodsOf', { label: year.label })}
                rows={year.periods}
                rowKey={(p) => p.id}
                columns={[
                  { header: t('fields.period'), cell: (p) => p.name },
                  { header: t('fields.startsOn'), cell: (p) => formatDutchDate(p.startsOn) },
                  { header: t('fields.endsOn'), cell: (p) => formatDutchDate(p.endsOn) },
                  {
                    header: t('columns.actions'),
                    cell: (p) => (
                      <ConfirmButton
                        label={t('common:actions.delete')}
                        question={t('common:actions.reallyDelete', { name: p.name })}
                        onConfirm={() =>
                          void removePeriod
                            .mutateAsync({ id: p.id })
                            .catch((e: unknown) => setStatus({ kind: 'error', text: errorDetails(e).message }))
                        }
                      />
                    ),
                  },
                ]}
              />
              {adding === year.id ? (
                <div className="panel">
                  <EntityForm
                    title={t('schoolYears.addPeriod', { label: year.label })}
                    schema={periodInputSchema}
                    initial={{ schoolYearId: year.id, name: '', startsOn: '', endsOn: '' }}
                    fields={[
                      { name: 'name', label: t('fields.period'), kind: 'text' },
                      { name: 'startsOn', label: t('fields.startsOn'), kind: 'date' },
                      { name: 'endsOn', label: t('fields.endsOn'), kind: 'date' },
                    ]}
                    onSubmit={async (v) => {
                      await createPeriod.mutateAsync(v);
                      saved();
                    }}
                    onCancel={() => setAdding(null)}
                  />
                </div>
              ) : (
                <Button variant="secondary" onClick={() => setAdding(year.id)}>
                  {t('schoolYears.addPeriod', { label: year.label })}
                </Button>
              )}
            </Section>
          ))
        }
      </QueryState>
    </>
  );
}
