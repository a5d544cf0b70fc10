import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails } from '../../lib/trpc';
import { DataTable } from '../../components/ui/data-table';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { Button } from '../../components/ui/button';
import { Notice } from '../../components/ui/notice';
import { formatDateTime } from '../../lib/format';
import { downloadCsv } from '../../lib/csv-download';
import type { AuditFilter } from '../../../shared/schemas/audit';
import { AuditFilters } from './audit-filters';

/**
 * The partnership's audit log ("Inzagelog"): who viewed or changed what, in words and with names,
 * newest first; filtered by person, kind and period; a hundred at a time; all of it as CSV.
 */
export function AuditPage() {
  const { t } = useTranslation('admin');
  const [filter, setFilter] = useState<AuditFilter>({});
  // The ids where earlier pages ended: paging on is pushing one, going back to the newest is emptying.
  const [cursors, setCursors] = useState<number[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const utils = trpc.useUtils();
  const query = trpc.audit.list.useQuery({ ...filter, before: cursors.at(-1), limit: 100 });
  const changeFilter = (next: AuditFilter) => {
    setFilter(next);
    setCursors([]);
  };
  async function exportCsv() {
    setBusy(true);
    setError(null);
    try {
      const file = await utils.audit.exportCsv.fetch(filter, { staleTime: 0 });
      downloadCsv(file.filename, file.content);
    } catch (e) {
      setError(errorDetails(e).message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <PageHeader
        title={t('audit.title')}
        intro={t('audit.intro')}
        actions={
          <Button variant="secondary" onClick={() => void exportCsv()} disabled={busy}>
            {busy ? t('audit.exporting') : t('audit.csv')}
          </Button>
        }
      />
      {error && <Notice kind="error">{error}</Notice>}
      <AuditFilters value={filter} onChange={changeFilter} />
      <QueryState query={query}>
        {(page) => (
          <>
            {page.events.length === 0 ? (
              <p className="empty">{t('audit.none')}</p>
            ) : (
              <DataTable
                caption={`${t('audit.title')} — ${t('audit.page', { page: cursors.length + 1 })}`}
                rows={page.events}
                rowKey={(r) => r.id}
                columns={[
                  { header: t('audit.at'), cell: (r) => formatDateTime(r.at) },
                  { header: t('audit.actor'), cell: (r) => r.actorName ?? '—' },
                  { header: t('audit.action'), cell: (r) => r.what },
                  { header: t('audit.kind'), cell: (r) => r.kind },
                  { header: t('audit.subject'), cell: (r) => r.subjectName ?? (r.subjectId ? `#${r.subjectId}` : '—') },
                ]}
              />
            )}
            <div className="form-actions">
              {cursors.length > 0 && (
                <Button variant="secondary" onClick={() => setCursors([])}>
                  {t('audit.newest')}
                </Button>
              )}
              {page.nextBefore !== null && (
                <Button variant="secondary" onClick={() => setCursors([...cursors, page.nextBefore!])}>
                  {t('audit.older')}
                </Button>
              )}
            </div>
          </>
        )}
      </QueryState>
    </>
  );
}
