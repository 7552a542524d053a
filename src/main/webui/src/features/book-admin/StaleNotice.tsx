import { useTranslation } from 'react-i18next';

/**
 * Someone saved the same thing after this screen loaded it (412/409 stale). Nothing was overwritten;
 * the person loads the current version and decides again: the edit is never sent again on its own.
 */
export function StaleNotice({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{t('bookAdmin.stale.title')}</p>
      <p>{t('bookAdmin.stale.text')}</p>
      <div className="actions">
        <button type="button" className="button primary" onClick={onReload}>
          {t('bookAdmin.stale.reload')}
        </button>
      </div>
    </div>
  );
}
