package de.cet.reporting.model;

import de.cet.shared.money.Money;
import java.util.Objects;

/** A balance line of a transparency report; amounts are never negative, the kind gives the direction. */
public record BalanceLine(BalanceLineKind kind, Money amount) {

    public BalanceLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("balance line amounts are not negative; the kind gives the direction");
        }
    }
}
