import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { formatMoney } from '../../lib/amount';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { explainRefusal, type ApprovalRules, type BookActor } from './permissions';

/** A refused workflow call: first what it means in words (four-eyes, dual approval ...), then the problem document. */
export function RefusalAlert({
  error,
  tx,
  actor,
  rules,
}: {
  error: unknown;
  tx?: components['schemas']['Transaction'];
  actor?: BookActor;
  rules?: ApprovalRules;
}) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const refusal = explainRefusal(error, tx, actor, rules);
  return (
    <div className="refusal">
      {refusal && (
        <p className="alert alert-info explanation" data-testid="refusal">
          {t(`ledger.refusal.${refusal}`, { limit: rules?.dualApprovalAbove ? formatMoney(rules.dualApprovalAbove, i18n.language) : '' })}
        </p>
      )}
      <ProblemAlert error={error} />
    </div>
  );
}
