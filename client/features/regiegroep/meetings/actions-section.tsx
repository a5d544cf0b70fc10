import { useTranslation } from 'react-i18next';
import { trpc, errorDetails, isConflictCode } from '../../../lib/trpc';
import { useInlineEditor } from '../../../lib/use-inline-editor';
import { Button } from '../../../components/ui/button';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { DataTable } from '../../../components/ui/data-table';
import { showDate } from '../format';
import { ActionStatusSelect, OverdueBadge } from '../actions-ui';
import { ActionEditForm, ActionForm } from './action-form';
import type { MeetingData, Say } from './meeting-page';

/** Actions handed out at this meeting: owner, due date, status; overdue ones flagged. */
export function ActionsSection({ data, say }: { data: MeetingData; say: Say }) {
  const { t } = useTranslation('regiegroep');
  const editor = useInlineEditor('action-edit');
  const remove = trpc.regiegroep.removeAction.useMutation();
  const utils = trpc.useUtils();
  const edited = data.actions.find((a) => a.id === editor.editing);
  return (
    <section className="section" aria-labelledby="actions-title">
      <h2 id="actions-title" tabIndex={-1}>
        {t('actions.title')}
      </h2>
      {data.actions.length === 0 ? (
        <p className="empty">{t('actions.none')}</p>
      ) : (
        <DataTable
          caption={t('actions.title')}
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
                  <ActionStatusSelect action={a} onError={(e) => say('error', errorDetails(e).message)} />
                ) : (
                  t(`actionStatuses.${a.status}`)
                ),
            },
            ...(data.canEdit
              ? [
                  {
                    header: t('actions.change'),
                    cell: (a: (typeof data.actions)[number]) => (
                      <>
                        <Button
                          id={editor.buttonId(a.id)}
                          variant="secondary"
                          aria-label={t('actions.editRow', { title: a.title })}
                          onClick={() => editor.open(a.id)}
                        >
                          {t('common:actions.edit')}
                        </Button>{' '}
                        <ConfirmButton
                          label={t('actions.remove')}
                          context={a.title}
                          question={t('actions.removeQuestion')}
                          onConfirm={() =>
                            void remove
                              .mutateAsync({ id: a.id, revision: a.revision })
                              .then(() => {
                                if (editor.editing === a.id) editor.open(null);
                                say('success', t('actions.removed', { title: a.title }));
                                return utils.regiegroep.invalidate();
                              })
                              // its row is gone with the button that had focus: keyboard users go on from the list's heading
                              .then(() => document.getElementById('actions-title')?.focus())
                              .catch(async (e: unknown) => {
                                // changed by someone else since it was shown: show theirs, and who it was
                                if (isConflictCode(e)) await utils.regiegroep.invalidate();
                                say('error', errorDetails(e).message);
                              })
                          }
                        />
                      </>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {edited && (
        <ActionEditForm
          key={edited.id}
          data={data}
          initial={{
            id: edited.id,
            revision: edited.revision,
            title: edited.title,
            ownerUserId: edited.ownerUserId,
            dueOn: edited.dueOn,
            decisionId: edited.decisionId,
            status: edited.status,
          }}
          say={say}
          onDone={() => editor.close(edited.id)}
          onCancel={() => editor.close(edited.id)}
        />
      )}
      {data.canEdit && <ActionForm data={data} say={say} />}
    </section>
  );
}
