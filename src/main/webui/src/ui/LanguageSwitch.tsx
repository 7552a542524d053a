import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '../i18n';

/** Switches the language; signed-in people also keep it in their account (see useLanguageChoice). */
export function LanguageSwitch({ onChange }: { onChange?: (language: string) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="language" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          className="link-button"
          lang={l}
          aria-pressed={i18n.language === l}
          onClick={() => (onChange ? onChange(l) : setLanguage(l))}
        >
          {t(`language.${l}`)}
        </button>
      ))}
    </div>
  );
}
