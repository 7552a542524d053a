import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PublicPage } from '../ui/PublicPage';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <PublicPage title={t('notFound.title')}>
      <p>{t('notFound.text')}</p>
      <p>
        <Link className="button" to="/">
          {t('notFound.back')}
        </Link>
      </p>
    </PublicPage>
  );
}
