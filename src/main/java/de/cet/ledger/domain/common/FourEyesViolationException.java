package de.cet.ledger.domain.common;

import de.cet.shared.error.ForbiddenException;

/** The four-eyes or dual-approval rule forbids this person from approving this entry (→ 403). */
public class FourEyesViolationException extends ForbiddenException {
    public FourEyesViolationException(String detail) {
        super("four-eyes-violation", detail);
    }
}
