import { useTranslation } from 'react-i18next';
import { DecimalInput } from '../../components/ui/decimal-input';
import { Button } from '../../components/ui/button';

export interface GridLine {
  key: number;
  labelId: number;
  locationId: number;
  organisationId: number;
  hours: unknown;
}
type Option = { id: number; name: string };

/** A week's grid: one line per label (at a location, for a paying organisation), hours typed the Dutch way. */
export function WeekGrid({
  lines,
  labels,
  locations,
  organisations,
  fieldErrors,
  onChange,
}: {
  lines: GridLine[];
  labels: (Option & { active: boolean })[];
  locations: Option[];
  organisations: Option[];
  fieldErrors: Record<string, string>;
  onChange: (lines: GridLine[]) => void;
}) {
  const { t } = useTranslation('coaching');
  const set = (key: number, change: Partial<GridLine>) =>
    onChange(lines.map((l) => (l.key === key ? { ...l, ...change } : l)));
  const select = (line: GridLine, field: 'labelId' | 'locationId' | 'organisationId', options: Option[], i: number) => (
    <select
      aria-label={`${t(`grid.${field}`)} ${i + 1}`}
      value={line[field]}
      onChange={(e) => set(line.key, { [field]: Number(e.target.value) })}
    >
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </select>
  );
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('grid.labelId')}</th>
          <th scope="col">{t('grid.locationId')}</th>
          <th scope="col">{t('grid.organisationId')}</th>
          <th scope="col">{t('grid.hours')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('grid.remove')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line, i) => {
          const error = fieldErrors[`lines.${i}.hours`] ?? fieldErrors[`lines.${i}.labelId`];
          const label = labels.find((l) => l.id === line.labelId)?.name ?? '';
          return (
            <tr key={line.key}>
              <td>
                {select(
                  line,
                  'labelId',
                  labels.filter((l) => l.active || l.id === line.labelId),
                  i,
                )}
              </td>
              <td>{select(line, 'locationId', locations, i)}</td>
              <td>{select(line, 'organisationId', organisations, i)}</td>
              <td>
                <label className="visually-hidden" htmlFor={`hours-${line.key}`}>
                  {t('grid.hoursFor', { label })}
                </label>
                <DecimalInput
                  id={`hours-${line.key}`}
                  aria-invalid={error !== undefined}
                  aria-describedby={error ? `hours-${line.key}-error` : undefined}
                  value={line.hours}
                  onChange={(hours) => set(line.key, { hours })}
                />
                {error && (
                  <span className="field-error" id={`hours-${line.key}-error`}>
                    {error}
                  </span>
                )}
              </td>
              <td>
                <Button
                  variant="link"
                  aria-label={t('grid.removeLine', { label })}
                  onClick={() => onChange(lines.filter((l) => l.key !== line.key))}
                >
                  {t('grid.remove')}
                </Button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
