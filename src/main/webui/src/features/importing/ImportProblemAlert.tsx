import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { importProblem } from './importProblem';

/** An error of the import's API: its own refusals in the screen's language, anything else as ProblemAlert says it. */
export function ImportProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const text = importProblem(error);
  if (!text) return <ProblemAlert error={error} />;
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{t(text.key, text.params)}</p>
    </div>
  );
}
