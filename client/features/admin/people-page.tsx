import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { trpc, conflictOf, errorDetails } from '../../lib/trpc';
import { ROLES } from '../../../shared/domain/roles';
import { inviteInputSchema } from '../../../shared/schemas/people';
import { BulkInviteSection } from './bulk-invite-section';
import { RenewInviteButton } from './renew-invite-button';
import { Button } from '../../components/ui/button';
import { ConfirmButton } from '../../components/ui/confirm-button';
import { ConflictNotice } from '../../components/ui/conflict-notice';
import { DataTable } from '../../components/ui/data-table';
import { EntityForm } from '../../components/ui/entity-form';
import { Notice } from '../../components/ui/notice';
import { PageHeader, Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { formatDateTime } from '../../lib/format';
import { AddRoleForm } from './add-role-form';

export function PeoplePage() {
  const { t } = useTranslation(['admin', 'privacy']);
  const utils = trpc.useUtils();
  const query = trpc.people.list.useQuery();
  const locations = trpc.locations.list.useQuery();
  const students = trpc.students.list.useQuery({ search: '' });
  const refresh = () => utils.people.list.invalidate();
  const invite = trpc.people.invite.useMutation({ onSuccess: refresh });
  const revoke = trpc.people.revokeInvite.useMutation({ onSuccess: refresh });
  const removeRole = trpc.people.removeRole.useMutation({ onSuccess: refresh });
  const setBlocked = trpc.people.setBlocked.useMutation({ onSuccess: refresh });
  const endSessions = trpc.people.endSessions.useMutation({
    onSuccess: () => setStatus({ kind: 'success', text: t('people.sessionsEnded') }),
  });
  const [inviting, setInviting] = useState(false);
  const [status, setStatus] = useState<{ kind: 'success' | 'error'; text: string; link?: string } | null>(null);
  // Another beheerder changed the person since this page read them (decision 080): say who, offer the new version.
  const [conflict, setConflict] = useState<string | null>(null);
  const fail = (e: unknown) => {
    const refused = conflictOf(e);
    if (refused) setConflict(refused.message);
    else setStatus({ kind: 'error', text: errorDetails(e).message });
  };
  const reload = () => {
    setConflict(null);
    void refresh();
  };

  return (
    <>
      <PageHeader
        title={t('people.title')}
        intro={t('people.intro')}
        actions={!inviting && <Button onClick={() => setInviting(true)}>{t('people.invite')}</Button>}
      />
      {status && (
        <Notice kind={status.kind}>
          {status.text}
          {status.link && (
            <>
              {' '}
              <code className="invite-link">{window.location.origin + status.link}</code>
            </>
          )}
        </Notice>
      )}
      {conflict && <ConflictNotice message={conflict} onReload={reload} />}
      {inviting && (
        <div className="panel">
          <EntityForm
            title={t('people.invite')}
            schema={inviteInputSchema}
            initial={{ name: '', email: '', role: 'mentor', topLocationId: null, studentId: null }}
            fields={[
              { name: 'name', label: t('fields.name'), kind: 'text' },
              { name: 'email', label: t('fields.email'), kind: 'email' },
              {
                name: 'role',
                label: t('fields.role'),
                kind: 'select',
                options: ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) })),
              },
              {
                name: 'topLocationId',
                label: t('fields.topLocation'),
                kind: 'select',
                numeric: true,
                nullable: true,
                optional: true,
                hint: t('people.locationHint'),
                options: (locations.data ?? []).map((l) => ({ value: l.id, label: l.name })),
              },
              {
                name: 'studentId',
                label: t('fields.student'),
                kind: 'select',
                numeric: true,
                nullable: true,
                optional: true,
                hint: t('people.studentHint'),
                options: (students.data ?? []).map((s) => ({ value: s.id, label: `${s.firstName} ${s.lastName}` })),
              },
            ]}
            submitLabel={t('people.sendInvite')}
            onSubmit={async (v) => {
              const result = await invite.mutateAsync(v);
              setInviting(false);
              setStatus({ kind: 'success', text: t('people.inviteCreated'), link: result.link });
            }}
            onCancel={() => setInviting(false)}
          />
        </div>
      )}
      <QueryState query={query}>
        {(data) => (
          <>
            <DataTable
              caption={t('people.title')}
              rows={data.people}
              rowKey={(p) => p.id}
              columns={[
                { header: t('fields.name'), cell: (p) => (p.blocked ? `${p.name} (${t('people.blocked')})` : p.name) },
                { header: t('fields.email'), cell: (p) => p.email },
                {
                  header: t('fields.roles'),
                  cell: (p) => (
                    <ul className="chips">
                      {p.roles.map((r) => (
                        <li key={r.role} className="chip">
                          {t(`common:roles.${r.role}`)}
                          {r.topLocationName && ` · ${r.topLocationName}`}
                          <button
                            type="button"
                            className="chip-remove"
                            aria-label={t('people.removeRole', { role: t(`common:roles.${r.role}`), name: p.name })}
                            onClick={() =>
                              void removeRole
                                .mutateAsync({ userId: p.id, revision: p.revision, role: r.role })
                                .catch(fail)
                            }
                          >
                            ×
                          </button>
                        </li>
                      ))}
                    </ul>
                  ),
                },
                {
                  header: t('columns.actions'),
                  cell: (p) => (
                    <span className="row-actions">
                      <AddRoleForm
                        userId={p.id}
                        revision={p.revision}
                        name={p.name}
                        locations={locations.data ?? []}
                        onDone={refresh}
                        onError={fail}
                      />
                      <Link
                        to={`/beheer/privacy/persoon/${p.id}`}
                        aria-label={t('privacy:find.openLabel', { name: p.name })}
                      >
                        {t('privacy:find.open')}
                      </Link>
                      <Button
                        variant="secondary"
                        onClick={() =>
                          void setBlocked
                            .mutateAsync({ userId: p.id, revision: p.revision, blocked: !p.blocked })
                            .catch(fail)
                        }
                      >
                        {p.blocked ? t('people.unblock') : t('people.block')}
                      </Button>
                      <ConfirmButton
                        label={t('people.endSessions')}
                        question={t('people.reallyEndSessions', { name: p.name })}
                        onConfirm={() => void endSessions.mutateAsync({ userId: p.id }).catch(fail)}
                      />
                    </span>
                  ),
                },
              ]}
            />
            <BulkInviteSection />
            <Section title={t('people.openInvites')}>
              <DataTable
                caption={t('people.openInvites')}
                rows={data.invites}
                rowKey={(i) => i.id}
                columns={[
                  { header: t('fields.name'), cell: (i) => i.name },
                  { header: t('fields.email'), cell: (i) => i.email },
                  { header: t('fields.role'), cell: (i) => t(`common:roles.${i.role}`) },
                  { header: t('people.validUntil'), cell: (i) => formatDateTime(i.expiresAt) },
                  {
                    header: t('columns.actions'),
                    cell: (i) => (
                      <>
                        <RenewInviteButton id={i.id} name={i.name} />{' '}
                        <ConfirmButton
                          label={t('people.revoke')}
                          question={t('people.reallyRevoke', { name: i.name })}
                          onConfirm={() => void revoke.mutateAsync({ id: i.id }).catch(fail)}
                        />
                      </>
                    ),
                  },
                ]}
              />
            </Section>
          </>
        )}
      </QueryState>
    </>
  );
}
