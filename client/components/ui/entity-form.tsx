import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useForm } from '../../lib/use-form';
import { Button } from './button';
import { Field, FieldGroup } from './field';
import { FormErrors } from './notice';
import { DecimalInput } from './decimal-input';
import { WEEKDAYS } from '../../../shared/domain/weekdays';

export type FieldSpec =
  | {
      name: string;
      label: string;
      kind: 'text' | 'email' | 'date' | 'password';
      hint?: string;
      optional?: boolean;
      autoComplete?: string;
    }
  | {
      name: string;
      label: string;
      /** number: whole numbers; decimal: a text field read by the shared decimal parser ("1,5" or "1.5"). */
      kind: 'number' | 'decimal';
      hint?: string;
      optional?: boolean;
      nullable?: boolean;
    }
  | {
      name: string;
      label: string;
      kind: 'select';
      hint?: string;
      optional?: boolean;
      options: { value: string | number; label: string }[];
      numeric?: boolean;
      nullable?: boolean;
    }
  | { name: string; label: string; kind: 'weekdays'; hint?: string };

/** What a select or number input shows for a field's value: the value, or nothing while it is empty. */
const shown = (raw: unknown) => (typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '');

interface EntityFormProps<S extends z.ZodType<unknown, Record<string, unknown>>> {
  title: string;
  schema: S;
  initial: z.input<S>;
  fields: FieldSpec[];
  submitLabel?: string;
  busy?: boolean;
  onSubmit: (value: z.output<S>) => Promise<unknown>;
  onCancel?: () => void;
}

/** A form described by its fields; validation by the shared zod schema, server errors at the field. */
export function EntityForm<S extends z.ZodType<unknown, Record<string, unknown>>>({
  title,
  schema,
  initial,
  fields,
  submitLabel,
  busy,
  onSubmit,
  onCancel,
}: EntityFormProps<S>) {
  const { t } = useTranslation();
  const { formRef, ...form } = useForm(schema, initial);
  const values = form.values as Record<string, unknown>;
  const set = (name: string, value: unknown) => form.set(name as never, value as never);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = form.validate();
    if (parsed === null) return;
    try {
      await onSubmit(parsed);
    } catch (error) {
      form.showServerError(error);
    }
  }

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate className="entity-form" aria-label={title}>
      <h2>{title}</h2>
      <FormErrors errors={form.errors} formError={form.formError} conflict={form.conflict} />
      <div className="form-grid">
        {fields.map((spec) => {
          const error = form.errors[spec.name];
          if (spec.kind === 'weekdays') {
            const days = (values[spec.name] as number[] | undefined) ?? [];
            return (
              <FieldGroup key={spec.name} legend={spec.label} error={error} hint={spec.hint}>
                {WEEKDAYS.map((d) => (
                  <label key={d} className="choice">
                    <input
                      type="checkbox"
                      checked={days.includes(d)}
                      onChange={(e) =>
                        set(spec.name, e.target.checked ? [...days, d].sort() : days.filter((x) => x !== d))
                      }
                    />
                    {t(`weekdays.${d}`)}
                  </label>
                ))}
              </FieldGroup>
            );
          }
          return (
            <Field
              key={spec.name}
              label={spec.label}
              error={error}
              hint={spec.hint}
              optional={'optional' in spec ? spec.optional : false}
            >
              {(aria) => {
                const raw = values[spec.name];
                if (spec.kind === 'select') {
                  return (
                    <select
                      {...aria}
                      value={shown(raw)}
                      onChange={(e) =>
                        set(
                          spec.name,
                          e.target.value === ''
                            ? spec.nullable
                              ? null
                              : ''
                            : spec.numeric
                              ? Number(e.target.value)
                              : e.target.value,
                        )
                      }
                    >
                      <option value="">{spec.nullable ? '—' : t('common:forms.choose')}</option>
                      {spec.options.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  );
                }
                if (spec.kind === 'decimal') {
                  return <DecimalInput {...aria} value={raw} onChange={(text) => set(spec.name, text)} />;
                }
                if (spec.kind === 'number') {
                  return (
                    <input
                      {...aria}
                      type="number"
                      inputMode="numeric"
                      value={shown(raw)}
                      onChange={(e) =>
                        set(
                          spec.name,
                          e.target.value === '' ? (spec.nullable ? null : undefined) : Number(e.target.value),
                        )
                      }
                    />
                  );
                }
                return (
                  <input
                    {...aria}
                    type={spec.kind}
                    autoComplete={'autoComplete' in spec ? spec.autoComplete : undefined}
                    value={(raw as string | undefined) ?? ''}
                    onChange={(e) => set(spec.name, e.target.value)}
                  />
                );
              }}
            </Field>
          );
        })}
      </div>
      <div className="form-actions">
        <Button type="submit" disabled={busy}>
          {busy ? t('actions.saving') : (submitLabel ?? t('actions.save'))}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
