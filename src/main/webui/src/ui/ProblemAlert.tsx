import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, NetworkProblem, fieldErrorText, localParams, problemMessage, type ProblemFieldError } from '../api/problem';

/**
 * Shows an API error from its problem document; 429 as a wait. A problem type the app knows is said in
 * the screen's language (problemMessage); any other with the server's title and detail.
 */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const seconds = useCountdown(error instanceof ApiProblem && error.status === 429 ? error.retryAfter : undefined);
  if (!error) return null;
  if (error instanceof ApiProblem && error.status === 429) {
    return (
      <div className="alert alert-wait" role="alert">
        <p>{seconds && seconds > 0 ? t('errors.wait', { count: seconds }) : t('errors.waitOver')}</p>
      </div>
    );
  }
  if (error instanceof ApiProblem) {
    const known = problemMessage(error);
    return (
      <div className="alert alert-error" role="alert">
        {known ? (
          <p className="alert-title">{t(known.key, known.params)}</p>
        ) : (
          <>
            <p className="alert-title">{error.title}</p>
            {error.detail && error.detail !== error.title && <p>{error.detail}</p>}
          </>
        )}
        {error.errors.length > 0 && (
          <ul>
            {error.errors.map((e, i) => (
              <li key={i}>
                <FieldErrorLine error={e} />
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  return (
    <div className="alert alert-error" role="alert">
      <p>{error instanceof NetworkProblem ? t('errors.network') : t('errors.unexpected')}</p>
    </div>
  );
}

/** One field error in the screen's language where the app knows its sentence (fieldErrorText). */
function FieldErrorLine({ error }: { error: ProblemFieldError }) {
  const { t, i18n } = useTranslation();
  const text = fieldErrorText(error);
  const message = text.messageKey ? t(text.messageKey, localParams(text.params, i18n.language)) : text.messageRaw;
  if (!text.fieldRaw) return <>{message}</>;
  const field = text.fieldKey ? t(text.fieldKey) : text.fieldRaw;
  const where = text.fieldKey && text.position ? t('problems.fieldPosition', { field, position: text.position }) : field;
  return <>{`${where}: ${message}`}</>;
}

/** Seconds left of a wait, counting down once a second. */
export function useCountdown(from: number | undefined): number | undefined {
  const [left, setLeft] = useState(from);
  useEffect(() => {
    setLeft(from);
    if (!from) return;
    const started = Date.now();
    const timer = setInterval(() => {
      const rest = from - Math.floor((Date.now() - started) / 1000);
      setLeft(rest);
      if (rest <= 0) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [from]);
  return left;
}

/** True while a throttled action must not be repeated. */
export function useBlockedByThrottle(error: unknown): boolean {
  const left = useCountdown(error instanceof ApiProblem && error.status === 429 ? error.retryAfter : undefined);
  return left !== undefined && left > 0;
}
