import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGE_NAMES, LANGUAGES, type Language, setLanguage } from '../i18n/i18n';

/**
 * English / Українська as a native select: each language named in itself, applied as soon as it is
 * picked and remembered for the next visit. `compact` hides the visible label (the top bar).
 */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  return (
    <div className={`language-switch${compact ? ' language-switch--compact' : ''}`}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : 'language-switch__label'}>
        {t('language.label')}
      </label>
      <select
        id={id}
        className="language-switch__select"
        value={language}
        lang={i18n.language}
        onChange={(event) => void setLanguage(event.target.value as Language)}
      >
        {LANGUAGES.map((value) => (
          <option key={value} value={value} lang={value}>
            {LANGUAGE_NAMES[value]}
          </option>
        ))}
      </select>
    </div>
  );
}
