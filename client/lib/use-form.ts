import { useRef, useState } from 'react';
import type { z } from 'zod';
import { fieldErrorsOf } from '../../shared/i18n/zod-issues';
import { currentLanguage } from '../i18n';
import { conflictOf, errorDetails, type Conflict } from './trpc';

/**
 * What a form holds while it is being filled in: any field may still be empty (a cleared number, a list
 * not touched yet) until validate() parses the whole by the schema.
 */
export type FormDraft<T> = { [K in keyof T]?: T[K] };

/**
 * Form state validated by the same zod schema the server uses. Errors show at the field; after a
 * failed submit the first invalid field gets focus, so keyboard and screen-reader users land on it.
 *
 * Take `formRef` apart from the rest (`const { formRef, ...form } = useForm(…)`): React's compiler
 * treats an object whose member is passed to `ref=` as a ref, and would then refuse every read of
 * `form.values` and `form.errors` during render (react-hooks/refs).
 */
export function useForm<S extends z.ZodType<unknown, Record<string, unknown>>>(
  schema: S,
  initial: FormDraft<z.input<S>>,
) {
  const [values, setValues] = useState<FormDraft<z.input<S>>>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  /** After "keep mine": the record's current revision, which the next save sends instead of the one read. */
  const [adopted, setAdopted] = useState<number | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  /** The draft as last validated, i.e. what a save sent: saved() empties only what still holds it. */
  const sent = useRef<FormDraft<z.input<S>>>(initial);

  const focusFirstError = () =>
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"] input, [aria-invalid="true"]')?.focus(),
    );

  return {
    values,
    errors,
    formError,
    formRef,
    /** Someone else saved the record since it was read (decision 071): the form keeps what was typed. */
    conflict: conflict && {
      message: conflict.message,
      /** Save this version over the other: the same values with the record's current revision. */
      keepMine() {
        setValues((v) => ('revision' in v ? { ...v, revision: conflict.revision } : v));
        setAdopted(conflict.revision);
        setConflict(null);
        requestAnimationFrame(() => formRef.current?.requestSubmit());
      },
    },
    /** The revision to send with a save: the one read, or the one taken over after a conflict. */
    revisionOr: (read: number) => adopted ?? read,
    set<K extends keyof z.input<S>>(name: K, value: z.input<S>[K] | undefined) {
      setValues((v) => ({ ...v, [name]: value }));
    },
    reset(next: FormDraft<z.input<S>>) {
      setValues(next);
      setErrors({});
      setFormError(null);
      setConflict(null);
    },
    /**
     * The server confirmed a save: the form takes `next`, except in a field changed since the save was sent,
     * which keeps what was typed there (decision 103). Call it before refetching the lists, not after.
     */
    saved(next: FormDraft<z.input<S>>) {
      const before = sent.current;
      const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
      setValues((current) => {
        const merged = { ...current };
        for (const key of Object.keys(next) as (keyof typeof next)[]) {
          if (same(current[key], before[key])) merged[key] = next[key];
        }
        return merged;
      });
      setErrors({});
      setFormError(null);
      setConflict(null);
    },
    /** The parsed value, or null after showing the errors. */
    validate(): z.output<S> | null {
      const parsed = schema.safeParse(values);
      if (parsed.success) {
        sent.current = values;
        setErrors({});
        setFormError(null);
        return parsed.data;
      }
      setErrors(fieldErrorsOf(parsed.error.issues, currentLanguage()));
      setFormError(null);
      focusFirstError();
      return null;
    },
    /** Shows a server refusal: per-field where it names a field, else above the form. */
    showServerError(error: unknown) {
      const { message, fieldErrors } = errorDetails(error);
      const refused = conflictOf(error);
      setConflict(refused);
      if (refused) {
        setErrors({});
        setFormError(null);
        return;
      }
      setErrors(fieldErrors);
      setFormError(Object.keys(fieldErrors).length ? null : message);
      focusFirstError();
    },
  };
}
