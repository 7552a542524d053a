package de.cet.ledger.domain.common;

import de.cet.shared.error.UnprocessableException;

/**
 * A well-formed request that breaks a bookkeeping rule that depends on the book's state (cash would go
 * negative, receipt missing, reimbursement larger than the open advance) (→ 422). The type names the rule.
 */
public class LedgerRuleViolation extends UnprocessableException {
    public LedgerRuleViolation(String type, String detail) {
        super(type, detail);
    }
}
