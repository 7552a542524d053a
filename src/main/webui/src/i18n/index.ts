import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { messages } from './messages';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const KEY = 'cet.language';

function initialLanguage(): Language {
  try {
    const kept = localStorage.getItem(KEY);
    if (kept === 'de' || kept === 'en') return kept;
  } catch {
    // storage refused: fall through
  }
  // German first: English only for browsers that ask for English before German.
  const preferred = (navigator.languages ?? [navigator.language]).map((l) => l.slice(0, 2));
  return preferred.indexOf('en') >= 0 && (preferred.indexOf('de') < 0 || preferred.indexOf('en') < preferred.indexOf('de'))
    ? 'en'
    : 'de';
}

export function setLanguage(language: string) {
  const l: Language = language === 'en' ? 'en' : 'de';
  try {
    localStorage.setItem(KEY, l); // a preference, no secret
  } catch {
    // not kept: fine
  }
  if (i18n.language !== l) void i18n.changeLanguage(l);
}

void i18n.use(initReactI18next).init({
  resources: { de: { translation: messages.de }, en: { translation: messages.en } },
  lng: initialLanguage(),
  fallbackLng: 'de',
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.on('languageChanged', (l) => {
  document.documentElement.lang = l;
});
document.documentElement.lang = i18n.language;

export default i18n;
