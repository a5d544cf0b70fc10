import { useTranslation } from 'react-i18next';
import { specialCategoriesIn } from '../../../shared/domain/special-category';

/**
 * The gentle AVG art. 9 nudge under a free-text field: always a short hint, and a warning while the
 * text seems to touch a special category. It never blocks saving: judgement stays with the writer.
 */
export function AvgWarning({ text, id }: { text: string; id?: string }) {
  const { t } = useTranslation('mentor-teams');
  const categories = specialCategoriesIn(text);
  if (!categories.length) return null;
  return (
    <p className="notice notice-warning avg-warning" id={id} role="status">
      {t('avg.warning', { categories: categories.map((c) => t(`avg.categories.${c}`)).join(', ') })}
    </p>
  );
}

export const useAvgHint = () => useTranslation('mentor-teams').t('avg.hint');
