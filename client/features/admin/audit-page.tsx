import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { DataTable } from '../../components/ui/data-table';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { formatDateTime } from '../../lib/format';

/** The partnership's audit trail: who viewed or changed what, newest first. */
export function AuditPage() {
  const { t } = useTranslation('admin');
  const query = trpc.audit.list.useQuery({ limit: 100 });
  return (
    <>
      <PageHeader title={t('audit.title')} intro={t('audit.intro')} />
      <QueryState query={query}>
        {(rows) => (
          <DataTable
            caption={t('audit.title')}
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              { header: t('audit.at'), cell: (r) => formatDateTime(r.at) },
              { header: t('audit.actor'), cell: (r) => r.actorName ?? '—' },
              { header: t('audit.action'), cell: (r) => t(`auditActions.${r.action}`, { defaultValue: r.action }) },
              { header: t('audit.subject'), cell: (r) => `${r.subjectType}${r.subjectId ? ` #${r.subjectId}` : ''}` },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
