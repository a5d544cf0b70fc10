import { useTranslation } from 'react-i18next';
import { formatDecimalText } from '../../../shared/domain/decimal';
import { formatEuros } from '../../../shared/domain/coaching-costs';
import { currentLanguage } from '../../i18n';

export interface Figure {
  hours: number | null;
  costCents?: number | null;
  hidden: string | null;
}

/** One figure of the cost overview: hours (and cost), or why it is not shown ("< 5", "x"). */
export function FigureCell({ figure, header }: { figure: Figure; header?: boolean }) {
  const { t } = useTranslation('coaching-costs');
  const lang = currentLanguage();
  const Cell = header ? 'th' : 'td';
  if (figure.hidden !== null)
    return (
      <Cell className="numeric" title={t(figure.hidden === 'x' ? 'hiddenBeside' : 'hiddenSmall')}>
        {figure.hidden}
      </Cell>
    );
  return (
    <Cell className="numeric">
      {t('hours', { hours: formatDecimalText(figure.hours ?? 0, lang) })}
      {figure.costCents !== undefined && (
        <>
          <br />
          {formatEuros(figure.costCents ?? 0, lang)}
        </>
      )}
    </Cell>
  );
}
