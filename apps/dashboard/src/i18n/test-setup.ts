// Unit tests read the dashboard's wording in English, as a merchant with an English browser sees it.
import i18next from 'i18next';
import en from './locales/en';
import uk from './locales/uk';

await i18next.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en }, uk: { translation: uk } },
  interpolation: { escapeValue: false },
});
