import { useTranslation } from 'react-i18next';

/** The password policy of the API (PasswordPolicy), said before anyone types. */
export function PasswordRules() {
  const { t } = useTranslation();
  return (
    <ul className="rules">
      <li>{t('password.ruleLength', { min: 12, max: 128 })}</li>
      <li>{t('password.ruleAnything')}</li>
      <li>{t('password.ruleCommon')}</li>
      <li>{t('password.rulePersonal')}</li>
    </ul>
  );
}
