package de.cet.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in the book's currency, exact to the cent.
 *
 * <p>Immutable; refuses at construction anything that is not representable with two fraction digits,
 * so nothing downstream has to re-check. The currency is the book's (EUR) and is not carried here.
 */
public final class Money implements Comparable<Money> {

    /** Largest magnitude we store: numeric(15,2) in the database. */
    private static final BigDecimal LIMIT = new BigDecimal("9999999999999.99");
    private static final Pattern CANONICAL = Pattern.compile("-?\\d{1,13}\\.\\d{2}");

    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /**
     * Parses the API's form: a plain decimal with exactly two fraction digits, e.g. {@code "12.34"}.
     *
     * @throws InvalidMoneyException for anything else ({@code "12.345"}, {@code "12"}, {@code "1e3"})
     */
    public static Money parse(String text) {
        if (text == null || !CANONICAL.matcher(text).matches()) {
            throw new InvalidMoneyException(
                "must be a string with exactly two fraction digits, e.g. \"12.34\"");
        }
        return of(new BigDecimal(text));
    }

    /** Accepts any value that has no non-zero digit beyond the cent. */
    public static Money of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        BigDecimal scaled;
        try {
            scaled = value.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new InvalidMoneyException("has more than two fraction digits");
        }
        if (scaled.abs().compareTo(LIMIT) > 0) {
            throw new InvalidMoneyException("is too large");
        }
        return scaled.signum() == 0 ? ZERO : new Money(scaled);
    }

    public static Money of(String value) {
        return of(new BigDecimal(value));
    }

    public static Money ofCents(long cents) {
        return of(BigDecimal.valueOf(cents, 2));
    }

    public BigDecimal amount() {
        return amount;
    }

    public long cents() {
        return amount.unscaledValue().longValueExact();
    }

    public Money plus(Money other) {
        return of(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return of(amount.subtract(other.amount));
    }

    public Money negate() {
        return of(amount.negate());
    }

    public Money abs() {
        return signum() < 0 ? negate() : this;
    }

    public int signum() {
        return amount.signum();
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && amount.equals(m.amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /** The canonical text form, also used on the wire: {@code "-12.30"}. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
