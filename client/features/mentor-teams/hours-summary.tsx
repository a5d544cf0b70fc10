import { useTranslation } from 'react-i18next';
import { showHours } from './format';

interface Summary {
  budgetHours: number;
  spentHours: number;
  byLabel: { label: string; hours: number }[];
  byMember: { userId: number; name: string; hours: number }[];
}

/** Spent against budget, then by label and by member. The bar is decoration; the text says it all. */
export function HoursSummary({ summary, detailed = false }: { summary: Summary; detailed?: boolean }) {
  const { t } = useTranslation('mentor-teams');
  const { budgetHours, spentHours } = summary;
  const ratio = budgetHours > 0 ? Math.min(1, spentHours / budgetHours) : 1;
  const over = spentHours - budgetHours;
  return (
    <>
      <p>
        <strong>{t('hours.spent', { spent: showHours(spentHours), budget: showHours(budgetHours) })}</strong> (
        {over > 0 ? t('hours.over', { hours: showHours(over) }) : t('hours.left', { hours: showHours(-over) })})
      </p>
      <div className="budget-bar" aria-hidden="true">
        <span className={over > 0 ? 'over' : undefined} style={{ width: `${Math.round(ratio * 100)}%` }} />
      </div>
      {detailed && (
        <div className="cards">
          <div>
            <h3>{t('hours.byLabel')}</h3>
            <dl className="details">
              {summary.byLabel.map((l) => (
                <div key={l.label} className="details-row">
                  <dt>{t(`hourLabels.${l.label}`)}</dt>
                  <dd>{showHours(l.hours)}</dd>
                </div>
              ))}
            </dl>
          </div>
          <div>
            <h3>{t('hours.byMember')}</h3>
            <dl className="details">
              {summary.byMember.map((m) => (
                <div key={m.userId} className="details-row">
                  <dt>{m.name}</dt>
                  <dd>{showHours(m.hours)}</dd>
                </div>
              ))}
            </dl>
          </div>
        </div>
      )}
    </>
  );
}
