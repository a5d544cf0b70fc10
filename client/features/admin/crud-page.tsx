import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Button } from '../../components/ui/button';
import { ConfirmButton } from '../../components/ui/confirm-button';
import { DataTable, type Column } from '../../components/ui/data-table';
import { EntityForm, type FieldSpec } from '../../components/ui/entity-form';
import { Notice } from '../../components/ui/notice';
import { PageHeader } from '../../components/ui/page';
import { QueryState } from '../../components/ui/query-state';
import { errorDetails } from '../../lib/trpc';

type AnySchema = z.ZodType<unknown, Record<string, unknown>>;

interface CrudPageProps<Row extends { id: number }, C extends AnySchema, U extends AnySchema> {
  title: string;
  intro?: string;
  /** e.g. "TOP-locatie": used in "TOP-locatie toevoegen" and the form titles. */
  noun: string;
  query: { data: Row[] | undefined; isLoading: boolean; error: unknown; refetch: () => unknown };
  columns: Column<Row>[];
  rowName: (row: Row) => string;
  fields: FieldSpec[];
  createSchema: C;
  updateSchema: U;
  empty: z.input<C>;
  /** The edit form's values; may load the full record first (e.g. an audited student view). */
  fromRow: (row: Row) => z.input<U> | Promise<z.input<U>>;
  canManage: boolean;
  /** Filters above the table. */
  toolbar?: ReactNode;
  onCreate: (value: z.output<C>) => Promise<unknown>;
  onUpdate: (value: z.output<U>) => Promise<unknown>;
  onRemove: (id: number) => Promise<unknown>;
}

/** The shape every administration list shares: a table, and a form to add or edit one row. */
export function CrudPage<Row extends { id: number }, C extends AnySchema, U extends AnySchema>(
  props: CrudPageProps<Row, C, U>,
) {
  const { t } = useTranslation('admin');
  const [editing, setEditing] = useState<{ row: Row; initial: z.input<U> } | 'new' | null>(null);
  const [status, setStatus] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  const done = (text: string) => {
    setEditing(null);
    setStatus({ kind: 'success', text });
  };

  const actions: Column<Row>[] = props.canManage
    ? [
        {
          header: t('columns.actions'),
          cell: (row) => (
            <span className="row-actions">
              <Button
                variant="secondary"
                onClick={() =>
                  void Promise.resolve(props.fromRow(row)).then(
                    (initial) => setEditing({ row, initial }),
                    (error: unknown) => setStatus({ kind: 'error', text: errorDetails(error).message }),
                  )
                }
                aria-label={`${t('common:actions.edit')}: ${props.rowName(row)}`}
              >
                {t('common:actions.edit')}
              </Button>
              <ConfirmButton
                label={t('common:actions.delete')}
                question={t('common:actions.reallyDelete', { name: props.rowName(row) })}
                onConfirm={() =>
                  void props.onRemove(row.id).then(
                    () => done(t('common:state.deleted')),
                    (error: unknown) => setStatus({ kind: 'error', text: errorDetails(error).message }),
                  )
                }
              />
            </span>
          ),
        },
      ]
    : [];

  return (
    <>
      <PageHeader
        title={props.title}
        intro={props.intro}
        actions={
          props.canManage && editing === null ? (
            <Button
              onClick={() => {
                setStatus(null);
                setEditing('new');
              }}
            >
              {t('addNoun', { noun: props.noun })}
            </Button>
          ) : undefined
        }
      />
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      {editing !== null && (
        <div className="panel">
          {editing === 'new' ? (
            <EntityForm
              title={t('addNoun', { noun: props.noun })}
              schema={props.createSchema}
              initial={props.empty}
              fields={props.fields}
              onSubmit={async (value) => {
                await props.onCreate(value);
                done(t('common:state.saved'));
              }}
              onCancel={() => setEditing(null)}
            />
          ) : (
            <EntityForm
              key={editing.row.id}
              title={t('editNoun', { noun: props.noun, name: props.rowName(editing.row) })}
              schema={props.updateSchema}
              initial={editing.initial}
              fields={props.fields}
              onSubmit={async (value) => {
                await props.onUpdate(value);
                done(t('common:state.saved'));
              }}
              onCancel={() => setEditing(null)}
            />
          )}
        </div>
      )}
      {props.toolbar}
      <QueryState query={props.query}>
        {(rows) => (
          <DataTable caption={props.title} columns={[...props.columns, ...actions]} rows={rows} rowKey={(r) => r.id} />
        )}
      </QueryState>
    </>
  );
}
