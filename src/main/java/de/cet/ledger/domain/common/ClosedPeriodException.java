package de.cet.ledger.domain.common;

import de.cet.shared.error.ConflictException;
import java.time.LocalDate;

/** Something dated inside a closed period was to be created, changed or deleted (→ 409). */
public class ClosedPeriodException extends ConflictException {
    public ClosedPeriodException(LocalDate date, String periodName) {
        super("period-closed", "The period '" + periodName + "' containing " + date
            + " is closed; correct it with a reversal in an open period.");
    }
}
