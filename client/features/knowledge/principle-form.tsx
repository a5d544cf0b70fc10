import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { useForm } from '../../lib/use-form';
import { Button } from '../../components/ui/button';
import { Field, FieldGroup } from '../../components/ui/field';
import { FormErrors } from '../../components/ui/notice';
import { principleInputSchema, type PrincipleInput } from '../../../shared/schemas/knowledge';
import { LOS_BLOCKS } from '../../../shared/domain/los-model';
import { CheckboxList, LocationOptions, useKnowledgeOptions } from './knowledge-ui';

export const EMPTY_PRINCIPLE: PrincipleInput = {
  statement: '',
  explanation: '',
  blocks: [],
  foundAtLocationId: null,
  ownerIds: [],
};

/** Add or edit a working principle; validated by the server's own schema, errors at the field. */
export function PrincipleForm({
  id,
  revision = 0,
  initial,
  onDone,
  onCancel,
}: {
  id?: number;
  /** The revision read (decision 071); sent back with the update. */
  revision?: number;
  initial: PrincipleInput;
  onDone: (id: number) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('knowledge');
  const options = useKnowledgeOptions().data;
  const utils = trpc.useUtils();
  const { formRef, ...form } = useForm(principleInputSchema, initial);
  const create = trpc.knowledge.createPrinciple.useMutation();
  const update = trpc.knowledge.updatePrinciple.useMutation();
  const v = form.values;
  // A locatie user records only for their own TOP-locatie.
  const locations = (options?.locations ?? []).filter((l) => !options?.ownLocationId || l.id === options.ownLocationId);
  const title = id ? t('principle.editTitle') : t('principle.newTitle');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const value = form.validate();
    if (!value) return;
    try {
      const saved = id
        ? await update.mutateAsync({ ...value, id, revision: form.revisionOr(revision) })
        : await create.mutateAsync(value);
      await utils.knowledge.invalidate();
      onDone(saved.id);
    } catch (error) {
      form.showServerError(error);
    }
  }

  return (
    <form
      ref={formRef}
      onSubmit={(event) => void submit(event)}
      noValidate
      className="entity-form panel"
      aria-label={title}
    >
      <h2>{title}</h2>
      <FormErrors errors={form.errors} formError={form.formError} conflict={form.conflict} />
      <Field label={t('fields.statement')} hint={t('fields.statementHint')} error={form.errors.statement}>
        {(aria) => (
          <input {...aria} type="text" value={v.statement} onChange={(e) => form.set('statement', e.target.value)} />
        )}
      </Field>
      <Field label={t('fields.explanation')} optional error={form.errors.explanation}>
        {(aria) => (
          <textarea
            {...aria}
            rows={5}
            value={v.explanation ?? ''}
            onChange={(e) => form.set('explanation', e.target.value)}
          />
        )}
      </Field>
      <FieldGroup legend={t('fields.blocks')} hint={t('fields.blocksHint')} error={form.errors.blocks}>
        <CheckboxList
          options={LOS_BLOCKS}
          value={v.blocks ?? []}
          onChange={(next) => form.set('blocks', next)}
          label={(b) => `${b} — ${t(`blocks.${b}`)}`}
        />
      </FieldGroup>
      <Field label={t('fields.foundAt')} error={form.errors.foundAtLocationId}>
        {(aria) => (
          <select
            {...aria}
            value={v.foundAtLocationId ?? ''}
            onChange={(e) => form.set('foundAtLocationId', e.target.value ? Number(e.target.value) : null)}
          >
            {!options?.ownLocationId && <option value="">{t('fields.wholePartnership')}</option>}
            <LocationOptions locations={locations} />
          </select>
        )}
      </Field>
      {options && options.people.length > 0 && (
        <FieldGroup legend={t('fields.owners')} hint={t('fields.ownersHint')} error={form.errors.ownerIds}>
          {options.people.map((p) => (
            <label key={p.id} className="choice">
              <input
                type="checkbox"
                checked={(v.ownerIds ?? []).includes(p.id)}
                onChange={(e) =>
                  form.set(
                    'ownerIds',
                    e.target.checked ? [...(v.ownerIds ?? []), p.id] : (v.ownerIds ?? []).filter((x) => x !== p.id),
                  )
                }
              />
              {p.name}
            </label>
          ))}
        </FieldGroup>
      )}
      <div className="form-actions">
        <Button type="submit" disabled={create.isPending || update.isPending}>
          {t('common:actions.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </Button>
      </div>
    </form>
  );
}
