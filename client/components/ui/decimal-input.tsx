import { formatDecimalText } from '../../../shared/domain/decimal';
import { currentLanguage } from '../../i18n';

interface DecimalInputProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
  /** A stored number (shown the UI language's way) or the text being typed. */
  value: unknown;
  onChange: (text: string) => void;
}

/**
 * A decimal field as plain text: a browser's number input reads "1,5" by the browser's language (15 in
 * a Dutch Chromium, refused in an English one). The text goes to the form as typed; the shared zod
 * schema (`decimal()` in shared/schemas/common.ts) reads a comma or a point the same everywhere.
 */
export function DecimalInput({ value, onChange, ...aria }: DecimalInputProps) {
  const shown =
    typeof value === 'number' ? formatDecimalText(value, currentLanguage()) : typeof value === 'string' ? value : '';
  return (
    <input
      {...aria}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      value={shown}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
