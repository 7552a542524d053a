package de.cet.ledger.domain.balance;

import de.cet.ledger.domain.common.LedgerRuleViolation;
import de.cet.ledger.domain.transaction.Transaction;
import de.cet.shared.money.Money;
import java.util.Collection;
import java.util.UUID;

/**
 * Open advances: what the book owes each member = booked expenses the member paid personally minus
 * booked reimbursements to that member (reversals count with their opposite effect). Never below zero;
 * {@link #requireCovered} keeps reimbursements from exceeding what is owed in the first place.
 * (The book-wide list per member is the same sum in SQL: {@code LedgerQueries.openAdvances}.)
 */
public final class AdvanceCalculator {

    private AdvanceCalculator() {}

    public static Money openAdvanceOf(UUID member, Collection<Transaction> entries) {
        Money owed = Money.ZERO;
        for (Transaction t : entries) {
            owed = owed.plus(t.advanceEffectFor(member));
        }
        return owed.isNegative() ? Money.ZERO : owed;
    }

    /** Before booking a reimbursement: it may not pay back more than the member's open advances. */
    public static void requireCovered(Transaction reimbursement, Collection<Transaction> booked) {
        if (!reimbursement.isReimbursement() || reimbursement.isReversal()) {
            return;
        }
        Money open = openAdvanceOf(reimbursement.reimbursesMemberId(),
            booked.stream().filter(t -> !t.id().equals(reimbursement.id())).toList());
        if (reimbursement.amount().isGreaterThan(open)) {
            throw new LedgerRuleViolation("reimbursement-exceeds-advance",
                "The reimbursement of " + reimbursement.amount() + " exceeds the member's open advances of " + open + ".");
        }
    }
}
