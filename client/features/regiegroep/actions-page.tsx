import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { trpc, errorDetails } from '../../lib/trpc';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { DataTable } from '../../components/ui/data-table';
import { Notice } from '../../components/ui/notice';
import { showDate } from './format';
import { ActionStatusSelect, OverdueBadge } from './actions-ui';

/** /regiegroep/actiepunten — every action of the regiegroep; overdue ones flagged (and on their own with ?te-laat=1). */
export function ActionsPage() {
  const { t } = useTranslation('regiegroep');
  const [params, setParams] = useSearchParams();
  const overdue = params.get('te-laat') === '1';
  const query = trpc.regiegroep.actions.useQuery({ overdue: overdue || undefined });
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <PageHeader title={t('actions.pageTitle')} intro={t('actions.pageIntro')} />
      <div className="toolbar">
        <label className="choice">
          <input
            type="checkbox"
            checked={overdue}
            onChange={(e) => setParams(e.target.checked ? { 'te-laat': '1' } : {})}
          />{' '}
          {t('actions.onlyOverdue')}
        </label>
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      <QueryState query={query}>
        {(data) => (
          <DataTable
            caption={t('actions.pageTitle')}
            rows={data.actions}
            rowKey={(a) => a.id}
            columns={[
              { header: t('actions.titleField'), cell: (a) => a.title },
              { header: t('actions.owner'), cell: (a) => a.ownerName },
              {
                header: t('actions.due'),
                cell: (a) => (
                  <>
                    {showDate(a.dueOn)} {a.overdue && <OverdueBadge />}
                  </>
                ),
              },
              {
                header: t('actions.status'),
                cell: (a) =>
                  data.canEdit ? (
                    <ActionStatusSelect action={a} onError={(e) => setError(errorDetails(e).message)} />
                  ) : (
                    t(`actionStatuses.${a.status}`)
                  ),
              },
              {
                header: t('actions.meeting'),
                cell: (a) => (
                  <Link
                    to={`/regiegroep/overleg/${a.meetingId}`}
                  >{`${a.meetingTitle} (${showDate(a.meetingHeldOn)})`}</Link>
                ),
              },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
