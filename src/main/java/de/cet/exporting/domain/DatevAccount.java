package de.cet.exporting.domain;

import java.util.regex.Pattern;

/**
 * A Sachkonto number as DATEV reads it with the Sachkontenlänge 4 CET writes in the header: exactly four
 * digits (leading zeros kept, {@code 0420} is an asset account of SKR 03).
 */
public record DatevAccount(String number) {

    public static final int LENGTH = 4;
    private static final Pattern FORMAT = Pattern.compile("[0-9]{" + LENGTH + "}");

    public DatevAccount {
        if (number == null || !FORMAT.matcher(number).matches()) {
            throw new IllegalArgumentException("a DATEV account has exactly " + LENGTH + " digits");
        }
    }

    public static boolean isValid(String number) {
        return number != null && FORMAT.matcher(number).matches();
    }

    @Override
    public String toString() {
        return number;
    }
}
