import { useTranslation } from 'react-i18next';
import { MAX_PREFERENCES } from '../../../shared/domain/placements';

export interface Choice {
  id: number;
  name: string;
  /** Shown beside the name, e.g. "biedt je opleiding niet aan". */
  note?: string;
  /** Shown but not selectable: e.g. a location that does not offer the student's programme. */
  disabled?: boolean;
}

/**
 * Ranked choices as a list of selects — 1e keuze, 2e keuze, … — one more than chosen so far (up to
 * ten). Emptying a choice closes the gap. Keyboard and screen-reader friendly: every select is labelled.
 */
export function PreferencePicker({
  legend,
  choices,
  value,
  onChange,
  errors = {},
}: {
  legend: string;
  choices: Choice[];
  value: number[];
  onChange: (next: number[]) => void;
  errors?: Record<string, string>;
}) {
  const { t } = useTranslation('placements');
  const slots = Math.min(value.length + 1, MAX_PREFERENCES, choices.length);
  const error = errors.preferences;
  return (
    <fieldset className={`field${error ? ' field-invalid' : ''}`}>
      <legend>{legend}</legend>
      {error && <p className="field-error">{error}</p>}
      <ol className="preference-list">
        {Array.from({ length: slots }, (_, i) => {
          const id = `preference-${i}`;
          const slotError = errors[`preferences.${i}`];
          return (
            <li key={i}>
              <label htmlFor={id} className="rank">
                {t('rank', { rank: i + 1 })}
              </label>
              <select
                id={id}
                aria-invalid={Boolean(slotError)}
                aria-describedby={slotError ? `${id}-error` : undefined}
                value={value[i] ?? ''}
                onChange={(e) => {
                  const next = [...value];
                  if (e.target.value === '') next.splice(i, 1);
                  else next[i] = Number(e.target.value);
                  onChange(next);
                }}
              >
                <option value="">{i < value.length ? t('preferences.remove') : t('preferences.none')}</option>
                {choices
                  .filter((c) => c.id === value[i] || !value.includes(c.id))
                  .map((c) => (
                    <option key={c.id} value={c.id} disabled={c.disabled && c.id !== value[i]}>
                      {c.note ? `${c.name} (${c.note})` : c.name}
                    </option>
                  ))}
              </select>
              {slotError && (
                <span id={`${id}-error`} className="field-error">
                  {slotError}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
