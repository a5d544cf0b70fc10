import { Field } from '../../components/ui/field';
import { AvgWarning, useAvgHint } from './avg-hint';

interface TextAreaProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  optional?: boolean;
  rows?: number;
  hint?: string;
  /** Repeat the AVG hint under this field (forms with one text field); the warning shows regardless. */
  avgHint?: boolean;
  onBlur?: () => void;
}

/** A labelled multi-line field with the AVG art. 9 nudge while the text seems to need it. */
export function TextArea({
  label,
  value,
  onChange,
  error,
  optional,
  rows = 3,
  hint,
  avgHint = false,
  onBlur,
}: TextAreaProps) {
  const avg = useAvgHint();
  const hints = [hint, avgHint ? avg : ''].filter(Boolean).join(' ');
  return (
    <Field label={label} error={error} optional={optional} hint={hints || undefined}>
      {(aria) => (
        <>
          <textarea {...aria} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
          <AvgWarning text={value} />
        </>
      )}
    </Field>
  );
}
