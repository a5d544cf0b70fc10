import type { FormEvent, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/ui/field';
import { Button } from '../../components/ui/button';
import { FormErrors } from '../../components/ui/notice';

/** The frame of the regiegroep's forms: a named form, the "check the fields" notice, submit and cancel. */
export function FormFrame({
  title,
  formRef,
  errors,
  formError,
  conflict,
  busy,
  submitLabel,
  onSubmit,
  onCancel,
  children,
  headingLevel = 3,
}: {
  title: string;
  formRef: RefObject<HTMLFormElement | null>;
  errors: Record<string, string>;
  formError: string | null;
  /** useForm's conflict: someone saved the record since it was read (decision 071). */
  conflict?: { message: string; keepMine: () => void } | null;
  busy?: boolean;
  submitLabel: string;
  onSubmit: () => void;
  onCancel?: () => void;
  children: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <form
      ref={formRef}
      noValidate
      className="entity-form rg-form"
      aria-label={title}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <Heading>{title}</Heading>
      <FormErrors errors={errors} formError={formError} conflict={conflict} />
      <div className="form-grid">{children}</div>
      <div className="form-actions">
        <Button type="submit" disabled={busy}>
          {busy ? t('actions.saving') : submitLabel}
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

export function TextInput({
  label,
  value,
  onChange,
  error,
  hint,
  optional,
  type = 'text',
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  hint?: string;
  optional?: boolean;
  type?: 'text' | 'date' | 'number';
}) {
  return (
    <Field label={label} error={error} hint={hint} optional={optional}>
      {(aria) => <input {...aria} type={type} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

export function TextArea({
  label,
  value,
  onChange,
  error,
  hint,
  optional,
  rows = 3,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  hint?: string;
  optional?: boolean;
  rows?: number;
}) {
  return (
    <div className="wide">
      <Field label={label} error={error} hint={hint} optional={optional}>
        {(aria) => <textarea {...aria} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />}
      </Field>
    </div>
  );
}

/** A select over ids or codes; '' is "none" (null) when `noneLabel` is given. */
export function Select<V extends string | number>({
  label,
  value,
  onChange,
  options,
  noneLabel,
  error,
  hint,
  optional,
}: {
  label: string;
  value: V | null;
  onChange: (v: V | null) => void;
  options: { value: V; label: string }[];
  noneLabel?: string;
  error?: string;
  hint?: string;
  optional?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Field label={label} error={error} hint={hint} optional={optional}>
      {(aria) => (
        <select
          {...aria}
          value={value === null ? '' : String(value)}
          onChange={(e) => {
            const found = options.find((o) => String(o.value) === e.target.value);
            onChange(found ? found.value : null);
          }}
        >
          <option value="">{noneLabel ?? t('forms.choose')}</option>
          {options.map((o) => (
            <option key={String(o.value)} value={String(o.value)}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
