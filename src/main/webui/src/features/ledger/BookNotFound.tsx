import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';

/** A stranger's book and a book that does not exist look the same: the API answers 404 for both. */
export function isNotFound(error: unknown, bookId: string): boolean {
  return (error instanceof ApiProblem && error.status === 404) || (!!error && !isUuid(bookId));
}

export function isUuid(text: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
}

export function BookNotFound({ entry = false }: { entry?: boolean }) {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{entry ? t('ledger.entryNotFound') : t('dashboard.notFound')}</h1>
      <p>{entry ? t('ledger.entryNotFoundText') : t('dashboard.notFoundText')}</p>
      <p>
        <Link className="button" to="/">
          {t('notFound.back')}
        </Link>
      </p>
    </section>
  );
}
