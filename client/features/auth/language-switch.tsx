import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../../i18n';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';

/** For pages without the header (login, invitation). */
export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <div className="language-switch">
      <label className="inline-field">
        <span>{t('header.language')}</span>
        <select value={currentLanguage()} onChange={(e) => void changeLanguage(e.target.value as Language)}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
