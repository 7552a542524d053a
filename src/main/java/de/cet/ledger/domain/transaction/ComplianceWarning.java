package de.cet.ledger.domain.transaction;

import java.util.Objects;

/** A hint on an entry that an auditor would question — shown, never blocking: {@code {"code":"MISSING_RECEIPT","message":"..."}}. */
public record ComplianceWarning(String code, String message) {
    public static final String PRE_ELECTION_PUBLIC_RELATIONS = "PRE_ELECTION_PUBLIC_RELATIONS";
    public static final String HOSPITALITY_WITHOUT_ATTENDEES = "HOSPITALITY_WITHOUT_ATTENDEES";
    public static final String PAYMENT_TO_MEMBERS = "PAYMENT_TO_MEMBERS";
    public static final String TRAVEL_COSTS = "TRAVEL_COSTS";
    public static final String MEMBER_CONTRIBUTIONS = "MEMBER_CONTRIBUTIONS";
    public static final String JUSTIFICATION_MISSING = "JUSTIFICATION_MISSING";
    public static final String WRONG_FUND = "WRONG_FUND";
    public static final String TRANSFER_BETWEEN_FUNDS = "TRANSFER_BETWEEN_FUNDS";
    public static final String MISSING_RECEIPT = "MISSING_RECEIPT";

    public ComplianceWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
