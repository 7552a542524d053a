package de.cet.importing.domain;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;

/**
 * One test of a rule. Text comparisons ignore case; {@code regex} is RE2 syntax run by RE2/J, whose
 * matching time grows linearly with the text — a pattern cannot backtrack catastrophically, so no time
 * limit is needed — and it is searched for anywhere in the text (anchor with ^…$ for all of it).
 * {@code between} is for the amount, written {@code "min..max"} (signed, inclusive: {@code "-50.00..-10.00"}).
 */
public final class Condition {

    public static final int MAX_VALUE_LENGTH = 500;

    private final RuleField field;
    private final RuleOp op;
    private final String value;
    private final Pattern regex;
    private final Money min;
    private final Money max;
    private final UUID accountId;

    public Condition(RuleField field, RuleOp op, String value, String where) {
        if (field == null || op == null) {
            throw new InvalidInputException(where, "needs a field and an op");
        }
        if (value == null || value.isBlank() || value.length() > MAX_VALUE_LENGTH) {
            throw new InvalidInputException(where + ".value", "is required, at most " + MAX_VALUE_LENGTH + " characters");
        }
        this.field = field;
        this.op = op;
        this.value = value;
        Pattern p = null;
        Money lo = null;
        Money hi = null;
        UUID account = null;
        if (field == RuleField.AMOUNT) {
            if (op == RuleOp.BETWEEN) {
                String[] parts = value.split("\\.\\.", -1);
                if (parts.length != 2) {
                    throw new InvalidInputException(where + ".value", "must be \"min..max\", e.g. \"-50.00..-10.00\"");
                }
                lo = money(parts[0], where);
                hi = money(parts[1], where);
                if (lo.compareTo(hi) > 0) {
                    throw new InvalidInputException(where + ".value", "has its minimum above its maximum");
                }
            } else if (op == RuleOp.EQUALS) {
                lo = money(value, where);
                hi = lo;
            } else {
                throw new InvalidInputException(where + ".op", "for the amount must be equals or between");
            }
        } else if (field == RuleField.ACCOUNT_ID) {
            if (op != RuleOp.EQUALS) {
                throw new InvalidInputException(where + ".op", "for the account must be equals");
            }
            try {
                account = UUID.fromString(value.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(where + ".value", "must be an account id");
            }
        } else if (op == RuleOp.BETWEEN) {
            throw new InvalidInputException(where + ".op", "between is for the amount only");
        } else if (op == RuleOp.REGEX) {
            try {
                p = Pattern.compile(value, Pattern.CASE_INSENSITIVE);
            } catch (PatternSyntaxException e) {
                throw new InvalidInputException(where + ".value", "is not a valid regular expression (RE2 syntax)");
            }
        }
        this.regex = p;
        this.min = lo;
        this.max = hi;
        this.accountId = account;
    }

    private static Money money(String s, String where) {
        try {
            return Money.of(new BigDecimal(s.strip()));
        } catch (NumberFormatException | InvalidInputException e) {
            throw new InvalidInputException(where + ".value", "must hold amounts such as -12.50");
        }
    }

    public RuleField field() {
        return field;
    }

    public RuleOp op() {
        return op;
    }

    public String value() {
        return value;
    }

    public boolean test(LineFacts line) {
        return switch (field) {
            case AMOUNT -> line.amount().compareTo(min) >= 0 && line.amount().compareTo(max) <= 0;
            case ACCOUNT_ID -> accountId.equals(line.accountId());
            case COUNTERPARTY -> text(line.counterparty());
            case PURPOSE -> text(line.purpose());
            case IBAN -> text(line.counterpartyIban());
        };
    }

    private boolean text(String s) {
        if (s == null) {
            return false;
        }
        if (regex != null) {
            return regex.matcher(s).find();
        }
        // an IBAN is compared without the spaces it is often written with
        String v = (field == RuleField.IBAN ? value.replace(" ", "") : value.strip()).toLowerCase(Locale.ROOT);
        String t = s.strip().toLowerCase(Locale.ROOT);
        return switch (op) {
            case EQUALS -> t.equals(v);
            case CONTAINS -> t.contains(v);
            default -> t.startsWith(v); // STARTS_WITH; REGEX has its pattern, BETWEEN is refused for text
        };
    }
}
