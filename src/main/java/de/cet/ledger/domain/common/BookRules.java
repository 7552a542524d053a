package de.cet.ledger.domain.common;

import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.time.LocalDate;

/**
 * The book's settings the ledger obeys (API.md {@code PATCH /books/{bookId}}).
 *
 * @param requireApproval entries must pass SUBMITTED → APPROVED before booking; nobody books directly
 * @param fourEyes the approver must be neither the submitter nor the creator
 * @param dualApprovalAbove amounts strictly above this need two approvals by two people; null = never
 * @param requireReceipt an expense needs a receipt or an Eigenbeleg before it is booked
 * @param electionDate the next election, for the pre-election public-relations warning; may be null
 * @param preElectionWindowDays days before the election in which public relations spending is flagged
 */
public record BookRules(
        boolean requireApproval,
        boolean fourEyes,
        Money dualApprovalAbove,
        boolean requireReceipt,
        LocalDate electionDate,
        int preElectionWindowDays) {

    /** Three months: the period in which most German municipal codes watch caucus public relations. */
    public static final int DEFAULT_PRE_ELECTION_WINDOW_DAYS = 90;

    public BookRules {
        if (dualApprovalAbove != null && !dualApprovalAbove.isPositive()) {
            throw new InvalidInputException("dualApprovalAbove", "must be greater than zero");
        }
        if (preElectionWindowDays < 0 || preElectionWindowDays > 3660) {
            throw new InvalidInputException("preElectionWindowDays", "must be between 0 and 3660");
        }
    }

    /** A new book's rules: no approval workflow, receipts required, no election configured. */
    public static BookRules defaults() {
        return new BookRules(false, false, null, true, null, DEFAULT_PRE_ELECTION_WINDOW_DAYS);
    }

    public boolean needsDualApproval(Money amount) {
        return dualApprovalAbove != null && amount.isGreaterThan(dualApprovalAbove);
    }

    /** True for dates from {@code electionDate - preElectionWindowDays} up to and including election day. */
    public boolean inPreElectionWindow(LocalDate date) {
        if (electionDate == null) {
            return false;
        }
        return !date.isAfter(electionDate) && !date.isBefore(electionDate.minusDays(preElectionWindowDays));
    }
}
