package de.cet.ledger.domain.common;

import de.cet.shared.error.ConflictException;

/** The entry's status does not allow this step (e.g. approving a draft, deleting a booked entry) (→ 409). */
public class InvalidStatusException extends ConflictException {
    public InvalidStatusException(String detail) {
        super("invalid-status", detail);
    }
}
