package de.cet.importing.domain.format;

import de.cet.shared.error.FieldError;
import de.cet.shared.error.InvalidInputException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * How a bank's CSV export maps to statement entries: the columns by their header names, the delimiter,
 * the encoding, the date pattern and the decimal separator.
 *
 * @param headerRows the number of rows before the row of column names (the account, the period and the
 *                   like that some banks write first); when that row does not name the columns, the first
 *                   of the file's first 30 rows that does is taken, since banks vary the number of those rows
 */
public record CsvProfile(String name, String delimiter, String encoding, String dateFormat, String decimalSeparator,
                         int headerRows, Columns columns) {

    /**
     * Header names. {@code amount} signed, or {@code debit} and {@code credit} (one of them filled a row);
     * {@code counterpartyIncoming}, when given, names the payer of money in (exports that keep payer and
     * payee in two columns); {@code accountIban} the statement's own account, compared with the account
     * imported into.
     */
    public record Columns(String bookingDate, String valueDate, String amount, String debit, String credit,
                          String counterparty, String counterpartyIncoming, String iban, String purpose,
                          String reference, String accountIban) {}

    public CsvProfile {
        List<FieldError> errors = new ArrayList<>();
        name = name == null ? null : name.strip();
        if (name == null || name.isEmpty() || name.length() > 100) {
            errors.add(new FieldError("name", "is required, at most 100 characters"));
        }
        if (delimiter == null || delimiter.length() != 1 || delimiter.equals("\"")
                || delimiter.equals("\n") || delimiter.equals("\r")) {
            errors.add(new FieldError("delimiter", "must be one character other than a quote or a line break"));
        }
        if (encoding == null || charset(encoding) == null) {
            errors.add(new FieldError("encoding", "must be a known character set such as UTF-8, ISO-8859-1, windows-1252 or IBM850"));
        }
        if (dateFormat == null || !validPattern(dateFormat)) {
            errors.add(new FieldError("dateFormat", "must be a date pattern such as dd.MM.yyyy"));
        }
        if (!",".equals(decimalSeparator) && !".".equals(decimalSeparator)) {
            errors.add(new FieldError("decimalSeparator", "must be ',' or '.'"));
        }
        if (headerRows < 0 || headerRows > 30) {
            errors.add(new FieldError("headerRows", "must be between 0 and 30"));
        }
        if (columns == null || blank(columns.bookingDate())) {
            errors.add(new FieldError("columns.bookingDate", "is required"));
        }
        if (columns != null && blank(columns.amount()) && (blank(columns.debit()) || blank(columns.credit()))) {
            errors.add(new FieldError("columns.amount", "is required unless both debit and credit are given"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public Charset charset() {
        return charset(encoding);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean validPattern(String p) {
        if (p.length() > 30) {
            return false;
        }
        try {
            DateTimeFormatter.ofPattern(p);
            return p.contains("d") && p.contains("M") && (p.contains("y") || p.contains("u"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
