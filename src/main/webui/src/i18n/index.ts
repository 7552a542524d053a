import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { german } from './german';

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

// German is in the first load; English (30 KB of texts) arrives as its own chunk when it is chosen.
let englishLoaded: Promise<void> | undefined;
function loadEnglish(): Promise<void> {
  englishLoaded ??= import('./english').then(({ english }) => {
    i18n.addResourceBundle('en', 'translation', english);
  });
  return englishLoaded;
}

/** Switches to `language` once its texts are there (at once for German); the last choice wins. */
let wanted: Language = 'de';
function switchTo(l: Language): Promise<void> {
  wanted = l;
  return (l === 'en' ? loadEnglish() : Promise.resolve()).then(() => {
    if (wanted === l && i18n.language !== l) return i18n.changeLanguage(l).then(() => undefined);
  });
}

export function setLanguage(language: string) {
  const l: Language = language === 'en' ? 'en' : 'de';
  try {
    localStorage.setItem(KEY, l); // a preference, no secret
  } catch {
    // not kept: fine
  }
  void switchTo(l);
}

const initial = initialLanguage();

void i18n.use(initReactI18next).init({
  resources: { de: { translation: german } },
  lng: 'de',
  fallbackLng: 'de',
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.on('languageChanged', (l) => {
  document.documentElement.lang = l;
});
document.documentElement.lang = i18n.language;

/** Resolves when the texts of the language the app starts in are there: main.tsx renders after it. */
export const i18nReady: Promise<void> = switchTo(initial);

export default i18n;
