import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc, errorDetails } from '../../lib/trpc';
import { Button } from '../../components/ui/button';
import { ConfirmButton } from '../../components/ui/confirm-button';
import { DataTable } from '../../components/ui/data-table';
import { EntityForm } from '../../components/ui/entity-form';
import { Notice } from '../../components/ui/notice';
import { PageHeader, Section } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { categoryInputSchema, categoryUpdateSchema } from '../../../shared/schemas/knowledge';
import { PRACTICAL_CATEGORIES } from '../../../shared/domain/knowledge';

/** The six practical categories (fixed) and the partnership's own (kept by projectleider and regiegroep). */
export function CategoriesPage() {
  const { t } = useTranslation('knowledge');
  const utils = trpc.useUtils();
  const query = trpc.knowledge.options.useQuery(undefined, { select: (o) => o.categories });
  const create = trpc.knowledge.createCategory.useMutation();
  const rename = trpc.knowledge.renameCategory.useMutation();
  const remove = trpc.knowledge.removeCategory.useMutation();
  const [editing, setEditing] = useState<{ id: number; name: string; revision: number } | 'new' | null>(null);
  const [status, setStatus] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const done = async (text: string) => {
    await utils.knowledge.invalidate();
    setEditing(null);
    setStatus({ kind: 'success', text });
  };
  const fields = [{ name: 'name', label: t('fields.name'), kind: 'text' as const }];

  return (
    <>
      <PageHeader
        title={t('categoryPage.title')}
        intro={t('categoryPage.intro')}
        actions={
          editing === null ? <Button onClick={() => setEditing('new')}>{t('categoryPage.add')}</Button> : undefined
        }
      />
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      {editing === 'new' && (
        <div className="panel">
          <EntityForm
            title={t('categoryPage.add')}
            schema={categoryInputSchema}
            initial={{ name: '' }}
            fields={fields}
            onSubmit={async (v) => {
              await create.mutateAsync(v);
              await done(t('common:state.saved'));
            }}
            onCancel={() => setEditing(null)}
          />
        </div>
      )}
      {editing !== null && editing !== 'new' && (
        <div className="panel">
          <EntityForm
            key={editing.id}
            title={t('categoryPage.rename', { name: editing.name })}
            schema={categoryUpdateSchema}
            initial={editing}
            fields={fields}
            onSubmit={async (v) => {
              await rename.mutateAsync(v);
              await done(t('common:state.saved'));
            }}
            onCancel={() => setEditing(null)}
          />
        </div>
      )}
      <Section title={t('categoryPage.own')} id="eigen-categorieen">
        <QueryState query={query}>
          {(rows) => (
            <DataTable
              caption={t('categoryPage.own')}
              rows={rows}
              rowKey={(c) => c.id}
              columns={[
                { header: t('fields.name'), cell: (c) => c.name },
                {
                  header: t('fields.actions'),
                  cell: (c) => (
                    <span className="row-actions">
                      <Button
                        variant="secondary"
                        onClick={() => setEditing(c)}
                        aria-label={`${t('common:actions.edit')}: ${c.name}`}
                      >
                        {t('common:actions.edit')}
                      </Button>
                      <ConfirmButton
                        label={t('common:actions.delete')}
                        question={t('common:actions.reallyDelete', { name: c.name })}
                        onConfirm={() =>
                          void remove.mutateAsync({ id: c.id }).then(
                            () => done(t('common:state.deleted')),
                            (e: unknown) => setStatus({ kind: 'error', text: errorDetails(e).message }),
                          )
                        }
                      />
                    </span>
                  ),
                },
              ]}
            />
          )}
        </QueryState>
      </Section>
      <Section title={t('categoryPage.fixed')} id="vaste-categorieen">
        <ol>
          {PRACTICAL_CATEGORIES.map((c) => (
            <li key={c}>{t(`categories.${c}`)}</li>
          ))}
        </ol>
      </Section>
    </>
  );
}
