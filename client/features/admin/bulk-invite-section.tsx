import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails, type RouterOutputs } from '../../lib/trpc';
import { readUpload } from '../../lib/download';
import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { DataTable } from '../../components/ui/data-table';
import { Section } from '../../components/ui/page';
import { useCohortOptions } from './use-admin-data';
import { CopyLink } from './copy-link';

type Result = RouterOutputs['people']['inviteClass'];

/** Invite a whole class, or the students a CSV names, at once; every link can be copied. */
export function BulkInviteSection() {
  const { t } = useTranslation('admin');
  const utils = trpc.useUtils();
  const cohorts = useCohortOptions();
  const [cohortId, setCohortId] = useState<number | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const done = {
    onSuccess: (r: Result) => {
      setResult(r);
      setError(null);
      void utils.people.invalidate();
    },
    onError: (e: unknown) => setError(errorDetails(e).message),
  };
  const byClass = trpc.people.inviteClass.useMutation(done);
  const byCsv = trpc.people.inviteFromCsv.useMutation(done);
  return (
    <Section title={t('bulk.title')}>
      <p>{t('bulk.intro')}</p>
      {error && <Notice kind="error">{error}</Notice>}
      <div className="toolbar">
        <label>
          {t('bulk.class')}{' '}
          <select value={cohortId ?? ''} onChange={(e) => setCohortId(e.target.value ? Number(e.target.value) : null)}>
            <option value="">{t('common:forms.choose')}</option>
            {cohorts.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <Button
          disabled={cohortId === null || byClass.isPending}
          onClick={() => cohortId && byClass.mutate({ cohortId })}
        >
          {t('bulk.inviteClass')}
        </Button>
        <label>
          {t('bulk.csv')}{' '}
          <input
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void readUpload(file, 'text').then((csv) => byCsv.mutate({ csv }));
            }}
          />
        </label>
      </div>
      {result && (
        <>
          <Notice kind="success">
            {t('bulk.summary', { count: result.outcomes.filter((o) => o.kind === 'invited').length })}
          </Notice>
          {result.unknown.length > 0 && (
            <Notice kind="warning">
              {t('bulk.unknown', { lines: result.unknown.map((u) => `${u.line} (${u.value})`).join(', ') })}
            </Notice>
          )}
          <DataTable
            caption={t('bulk.resultCaption')}
            rows={result.outcomes}
            rowKey={(o) => o.studentId}
            columns={[
              { header: t('fields.name'), cell: (o) => o.name },
              { header: t('fields.email'), cell: (o) => o.email ?? '—' },
              { header: t('bulk.outcome'), cell: (o) => t(`bulk.kinds.${o.kind}`) },
              {
                header: t('bulk.link'),
                cell: (o) => (o.kind === 'invited' ? <CopyLink link={o.link} name={o.name} /> : '—'),
              },
            ]}
          />
        </>
      )}
    </Section>
  );
}
