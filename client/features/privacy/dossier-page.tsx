import { useState } from 'react';
import { describeAuditAction } from '../../../shared/domain/audit';
import { currentLanguage } from '../../i18n';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails, type RouterOutputs } from '../../lib/trpc';
import { saveFile } from '../../lib/download';
import { formatDateTime } from '../../lib/format';
import { Button } from '../../components/ui/button';
import { DataTable } from '../../components/ui/data-table';
import { Notice } from '../../components/ui/notice';
import { PageHeader, Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { NotFoundPage } from '../start/not-found-page';
import { EraseSection } from './erase-section';

type Dossier = RouterOutputs['privacy']['dossier'];

/** One person's privacy page: who they are here, what is kept, the access file, who saw it, erasure. */
export function DossierPage() {
  const params = useParams();
  const kind = params.subject === 'student' ? 'student' : params.subject === 'persoon' ? 'person' : null;
  const id = Number(params.id);
  if (kind === null || !Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  return <Dossier kind={kind} id={id} />;
}

function Dossier({ kind, id }: { kind: 'student' | 'person'; id: number }) {
  const { t } = useTranslation(['privacy', 'admin']);
  // Every load is an audited view: no silent refetch when the window regains focus.
  const query = trpc.privacy.dossier.useQuery({ subject: kind, id }, { retry: false, refetchOnWindowFocus: false });
  return (
    <QueryState query={query}>
      {(d) => (
        <>
          <PageHeader
            title={t('dossier.title', { name: d.subject.name })}
            intro={t('dossier.intro')}
            actions={<Link to="/beheer/privacy">{t('dossier.back')}</Link>}
          />
          {d.subject.erased && <Notice kind="info">{t('dossier.erased')}</Notice>}
          <Facts subject={d.subject} />
          <ExportSection kind={kind} id={id} />
          <Section title={t('dossier.holdings')} id="privacy-holdings">
            <p className="muted">{t('dossier.holdingsIntro')}</p>
            <DataTable
              caption={t('dossier.holdings')}
              rows={d.holdings}
              rowKey={(h) => h.table}
              columns={[
                { header: t('dossier.table'), cell: (h) => t(`tables.${h.table}`, { defaultValue: h.table }) },
                { header: t('dossier.rows'), cell: (h) => h.rows, numeric: true },
              ]}
            />
          </Section>
          <AccessLog events={d.events} />
          <EraseSection subject={d.subject} onErased={() => void query.refetch()} />
        </>
      )}
    </QueryState>
  );
}

function Facts({ subject }: { subject: Dossier['subject'] }) {
  const { t } = useTranslation(['privacy', 'admin']);
  return (
    <dl className="details">
      <dt>{t('dossier.kind')}</dt>
      <dd>{t(`dossier.kinds.${subject.kind}`)}</dd>
      <dt>{t('dossier.email')}</dt>
      <dd>{subject.email ?? '—'}</dd>
      {subject.kind === 'student' ? (
        <>
          <dt>{t('dossier.studentNumber')}</dt>
          <dd>{subject.studentNumber ?? '—'}</dd>
          <dt>{t('dossier.account')}</dt>
          <dd>{subject.hasAccount ? t('dossier.accountYes') : t('dossier.accountNo')}</dd>
        </>
      ) : (
        <>
          <dt>{t('dossier.roles')}</dt>
          <dd>
            {subject.roles.map((r) => t(`common:roles.${r}`)).join(', ')}
            {subject.blocked && ` (${t('dossier.blocked')})`}
          </dd>
        </>
      )}
    </dl>
  );
}

function ExportSection({ kind, id }: { kind: 'student' | 'person'; id: number }) {
  const { t } = useTranslation(['privacy', 'admin']);
  const utils = trpc.useUtils();
  const [status, setStatus] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const download = trpc.privacy.export.useMutation({
    onSuccess: (file) => {
      saveFile(file);
      setStatus({ kind: 'success', text: t('dossier.downloaded', { file: file.filename }) });
      // The download is itself in the log: show it.
      void utils.privacy.dossier.invalidate();
    },
    onError: (error) => setStatus({ kind: 'error', text: errorDetails(error).message }),
  });
  const printable = trpc.privacy.exportHtml.useMutation({
    onSuccess: (file) => {
      saveFile(file);
      setStatus({ kind: 'success', text: t('dossier.downloaded', { file: file.filename }) });
      void utils.privacy.dossier.invalidate();
    },
    onError: (error) => setStatus({ kind: 'error', text: errorDetails(error).message }),
  });
  return (
    <Section title={t('dossier.export')} id="privacy-export">
      <p>{t('dossier.exportIntro')}</p>
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      <div className="form-actions">
        <Button onClick={() => printable.mutate({ subject: kind, id })} disabled={printable.isPending}>
          {t('dossier.downloadHtml')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => download.mutate({ subject: kind, id })}
          disabled={download.isPending}
        >
          {t('dossier.download')}
        </Button>
      </div>
    </Section>
  );
}

function AccessLog({ events }: { events: Dossier['events'] }) {
  const { t } = useTranslation(['privacy', 'admin']);
  return (
    <Section title={t('dossier.log')} id="privacy-log">
      <p className="muted">{t('dossier.logIntro')}</p>
      <DataTable
        caption={t('dossier.log')}
        rows={events}
        rowKey={(e) => e.id}
        columns={[
          { header: t('dossier.at'), cell: (e) => formatDateTime(e.at) },
          { header: t('dossier.who'), cell: (e) => e.actorName ?? t('dossier.system') },
          {
            header: t('dossier.what'),
            cell: (e) => t(`actions.${e.action}`, { defaultValue: describeAuditAction(e.action, currentLanguage()) }),
          },
          { header: t('dossier.where'), cell: (e) => t(`dossier.scope.${e.scope}`) },
        ]}
      />
    </Section>
  );
}
