package de.cet.ledger.domain.account;

import de.cet.shared.error.InvalidInputException;
import java.util.Locale;
import org.iban4j.Iban4jException;
import org.iban4j.IbanUtil;

/**
 * A valid IBAN: country format and ISO 13616 check digits verified by iban4j. Kept in the electronic
 * form (no spaces, upper case); {@link #formatted()} gives the printed form in groups of four.
 */
public record Iban(String value) {

    public Iban {
        if (value == null) {
            throw new InvalidInputException("iban", "is required for a bank account");
        }
        value = value.replace(" ", "").toUpperCase(Locale.ROOT);
        try {
            IbanUtil.validate(value);
        } catch (Iban4jException e) {
            throw new InvalidInputException("iban", "is not a valid IBAN");
        }
    }

    public static Iban of(String text) {
        return new Iban(text);
    }

    public String formatted() {
        return value.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String toString() {
        return value;
    }
}
