import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../../lib/trpc';
import { useForm, type FormDraft } from '../../lib/use-form';
import { Button } from '../../components/ui/button';
import { Field, FieldGroup } from '../../components/ui/field';
import { FormErrors } from '../../components/ui/notice';
import { entryInputSchema, type EntryInput } from '../../../shared/schemas/knowledge';
import {
  ENTRY_TYPES,
  INVOLVED_GROUPS,
  PRACTICAL_CATEGORIES,
  type PracticalCategory,
} from '../../../shared/domain/knowledge';
import { LOS_BLOCKS } from '../../../shared/domain/los-model';
import { CheckboxList, LocationOptions, localToday, useKnowledgeOptions } from './knowledge-ui';

export const emptyEntry = (ownLocationId: number | null | undefined): EntryInput => ({
  type: 'dilemma',
  title: '',
  description: '',
  category: null,
  categoryId: null,
  locationId: ownLocationId ?? null,
  blocks: [],
  involved: [],
  occurredOn: localToday(),
});

/** One select for both kinds of category: "vast:<code>" for the six practical ones, "eigen:<id>" for own ones. */
const categoryValue = (v: FormDraft<EntryInput>) =>
  v.category ? `vast:${v.category}` : v.categoryId ? `eigen:${v.categoryId}` : '';

/** Log or edit a dilemma, success or vraagstuk. */
export function EntryForm({
  id,
  revision = 0,
  initial,
  onDone,
  onCancel,
}: {
  id?: number;
  /** The revision read (decision 071); sent back with the update. */
  revision?: number;
  initial: EntryInput;
  onDone: (id: number) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('knowledge');
  const options = useKnowledgeOptions().data;
  const utils = trpc.useUtils();
  const { formRef, ...form } = useForm(entryInputSchema, initial);
  const create = trpc.knowledge.createEntry.useMutation();
  const update = trpc.knowledge.updateEntry.useMutation();
  const v = form.values;
  const locations = (options?.locations ?? []).filter((l) => !options?.ownLocationId || l.id === options.ownLocationId);
  const title = id ? t('entry.editTitle') : t('entry.newTitle');

  function setCategory(value: string) {
    const [kind, ref] = value.split(':');
    form.set('category', kind === 'vast' ? (ref as PracticalCategory) : null);
    form.set('categoryId', kind === 'eigen' ? Number(ref) : null);
  }

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
      <FieldGroup legend={t('fields.type')} error={form.errors.type}>
        {ENTRY_TYPES.map((type) => (
          <label key={type} className="choice">
            <input type="radio" name="entry-type" checked={v.type === type} onChange={() => form.set('type', type)} />
            {t(`types.${type}`)}
          </label>
        ))}
      </FieldGroup>
      <Field label={t('fields.title')} error={form.errors.title}>
        {(aria) => <input {...aria} type="text" value={v.title} onChange={(e) => form.set('title', e.target.value)} />}
      </Field>
      <Field label={t('fields.description')} optional error={form.errors.description}>
        {(aria) => (
          <textarea
            {...aria}
            rows={4}
            value={v.description ?? ''}
            onChange={(e) => form.set('description', e.target.value)}
          />
        )}
      </Field>
      <div className="form-grid">
        <Field label={t('fields.category')} optional error={form.errors.category ?? form.errors.categoryId}>
          {(aria) => (
            <select {...aria} value={categoryValue(v)} onChange={(e) => setCategory(e.target.value)}>
              <option value="">{t('fields.noCategory')}</option>
              <optgroup label={t('fields.practicalCategories')}>
                {PRACTICAL_CATEGORIES.map((c) => (
                  <option key={c} value={`vast:${c}`}>
                    {t(`categories.${c}`)}
                  </option>
                ))}
              </optgroup>
              {(options?.categories.length ?? 0) > 0 && (
                <optgroup label={t('fields.ownCategories')}>
                  {options!.categories.map((c) => (
                    <option key={c.id} value={`eigen:${c.id}`}>
                      {c.name}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          )}
        </Field>
        <Field label={t('fields.location')} error={form.errors.locationId}>
          {(aria) => (
            <select
              {...aria}
              value={v.locationId ?? ''}
              onChange={(e) => form.set('locationId', e.target.value ? Number(e.target.value) : null)}
            >
              {!options?.ownLocationId && <option value="">{t('fields.wholePartnership')}</option>}
              <LocationOptions locations={locations} />
            </select>
          )}
        </Field>
        <Field label={t('fields.occurredOn')} error={form.errors.occurredOn}>
          {(aria) => (
            <input
              {...aria}
              type="date"
              value={v.occurredOn}
              onChange={(e) => form.set('occurredOn', e.target.value)}
            />
          )}
        </Field>
      </div>
      <FieldGroup legend={t('fields.blocks')} hint={t('fields.blocksHint')} error={form.errors.blocks}>
        <CheckboxList
          options={LOS_BLOCKS}
          value={v.blocks ?? []}
          onChange={(next) => form.set('blocks', next)}
          label={(b) => `${b} — ${t(`blocks.${b}`)}`}
        />
      </FieldGroup>
      <FieldGroup legend={t('fields.involved')} error={form.errors.involved}>
        <CheckboxList
          options={INVOLVED_GROUPS}
          value={v.involved ?? []}
          onChange={(next) => form.set('involved', next)}
          label={(g) => t(`involved.${g}`)}
        />
      </FieldGroup>
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
