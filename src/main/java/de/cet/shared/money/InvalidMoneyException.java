package de.cet.shared.money;

import de.cet.shared.error.InvalidInputException;

/** A value that cannot be an amount of money (too many fraction digits, not a decimal, too large). */
public class InvalidMoneyException extends InvalidInputException {
    public InvalidMoneyException(String message) {
        super("amount", message);
    }
}
