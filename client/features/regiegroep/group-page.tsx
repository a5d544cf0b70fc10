import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails, type RouterOutputs } from '../../lib/trpc';
import { useForm } from '../../lib/use-form';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { DataTable } from '../../components/ui/data-table';
import { Notice } from '../../components/ui/notice';
import { groupUpdateSchema } from '../../../shared/schemas/regiegroep';
import { FormFrame, Select, TextInput } from './form-fields';

type Group = RouterOutputs['regiegroep']['group'];

function OrganisationSelect({
  member,
  group,
  onResult,
}: {
  member: Group['members'][number];
  group: Group;
  onResult: (kind: 'success' | 'error', text: string) => void;
}) {
  const { t } = useTranslation('regiegroep');
  const id = useId();
  const set = trpc.regiegroep.setMemberOrganisation.useMutation();
  const utils = trpc.useUtils();
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {t('group.organisationOf', { name: member.name })}
      </label>
      <select
        id={id}
        value={member.organisationId ?? ''}
        disabled={set.isPending}
        onChange={(e) =>
          void set
            .mutateAsync({
              userId: member.userId,
              organisationId: e.target.value ? Number(e.target.value) : null,
              revision: member.revision,
            })
            .then(() => utils.regiegroep.group.invalidate())
            .then(() => onResult('success', t('group.organisationSaved', { name: member.name })))
            // A conflict names who changed it; the list is read again, so the next choice starts from theirs.
            .catch((err: unknown) => {
              onResult('error', errorDetails(err).message);
              return utils.regiegroep.group.invalidate();
            })
        }
      >
        <option value="">{t('group.noOrganisation')}</option>
        {group.organisations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </>
  );
}

function GroupForm({ group, onDone }: { group: Group; onDone: () => void }) {
  const { t } = useTranslation('regiegroep');
  const { formRef, ...form } = useForm(groupUpdateSchema, {
    name: group.name,
    meetingsPerYear: group.meetingsPerYear,
    chairUserId: group.chairUserId,
    revision: group.revision,
  });
  const update = trpc.regiegroep.updateGroup.useMutation();
  const utils = trpc.useUtils();
  const v = form.values;
  async function submit() {
    const value = form.validate();
    if (!value) return;
    try {
      // the form stays open: its next save sends the revision this one made
      const saved = await update.mutateAsync(value);
      form.set('revision', saved.revision);
      await utils.regiegroep.invalidate();
      onDone();
    } catch (e) {
      form.showServerError(e);
    }
  }
  return (
    <FormFrame
      title={t('group.settings')}
      formRef={formRef}
      errors={form.errors}
      formError={form.formError}
      conflict={form.conflict}
      busy={update.isPending}
      submitLabel={t('group.save')}
      onSubmit={() => void submit()}
      headingLevel={2}
    >
      <TextInput
        label={t('group.name')}
        value={v.name ?? ''}
        onChange={(x) => form.set('name', x)}
        error={form.errors.name}
      />
      <TextInput
        type="number"
        label={t('group.rhythm')}
        value={String(v.meetingsPerYear ?? '')}
        onChange={(x) => form.set('meetingsPerYear', x === '' ? undefined : Number(x))}
        error={form.errors.meetingsPerYear}
      />
      <Select
        label={t('group.chair')}
        value={v.chairUserId ?? null}
        onChange={(x) => form.set('chairUserId', x)}
        noneLabel={t('group.noChair')}
        options={group.members.map((m) => ({ value: m.userId, label: m.name }))}
        error={form.errors.chairUserId}
        optional
      />
    </FormFrame>
  );
}

/** /regiegroep/samenstelling — who is in the regiegroep, whom each represents, the chair and the rhythm. */
export function GroupPage() {
  const { t } = useTranslation('regiegroep');
  const query = trpc.regiegroep.group.useQuery();
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  return (
    <QueryState query={query}>
      {(group) => (
        <>
          <PageHeader title={group.name} intro={t('group.intro', { count: group.meetingsPerYear })} />
          {message && <Notice kind={message.kind}>{message.text}</Notice>}
          <DataTable
            caption={t('group.members')}
            rows={group.members}
            rowKey={(m) => m.userId}
            columns={[
              {
                header: t('group.member'),
                cell: (m) => (
                  <>
                    {m.name} {m.isChair && <span className="badge">{t('group.chairBadge')}</span>}
                  </>
                ),
              },
              {
                header: t('group.represents'),
                cell: (m) =>
                  group.canManage ? (
                    <OrganisationSelect
                      member={m}
                      group={group}
                      onResult={(kind, text) => setMessage({ kind, text })}
                    />
                  ) : (
                    (m.organisationName ?? t('group.noOrganisation'))
                  ),
              },
            ]}
          />
          {group.unrepresented.length > 0 && (
            <Notice kind="warning">{t('group.unrepresented', { names: group.unrepresented.join(', ') })}</Notice>
          )}
          <p className="muted">{t('group.membersNote')}</p>
          {group.canManage && (
            <div className="panel">
              <GroupForm group={group} onDone={() => setMessage({ kind: 'success', text: t('group.saved') })} />
            </div>
          )}
        </>
      )}
    </QueryState>
  );
}
