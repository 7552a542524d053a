package de.cet.ledger.domain.transaction;

import de.cet.ledger.domain.catalogue.CategoryKind;

/** The direction of an entry; amounts are always positive. */
public enum TransactionType {
    EXPENSE,
    INCOME,
    /** Between two accounts of the same book; carries no category. */
    TRANSFER;

    /** The category kind an entry of this type needs, or null for transfers. */
    public CategoryKind categoryKind() {
        return switch (this) {
            case EXPENSE -> CategoryKind.EXPENSE;
            case INCOME -> CategoryKind.INCOME;
            case TRANSFER -> null;
        };
    }
}
