package de.cet.receipts.domain;

import de.cet.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a receipt says about itself, to prefill an expense: gross {@code amount}, {@code vatAmount}, invoice
 * {@code date}, {@code counterparty} (the seller), {@code invoiceNumber}, the seller's {@code iban}, and how
 * sure the reader is ({@code confidence} 0 to 1: an e-invoice's structured data is 1, nothing found is 0).
 */
public record Extraction(Source source, Money amount, LocalDate date, String counterparty, String invoiceNumber,
                         String iban, Money vatAmount, BigDecimal confidence) {

    /** Where the data came from. */
    public enum Source { ZUGFERD, XRECHNUNG, OCR, NONE }

    public static final BigDecimal CERTAIN = new BigDecimal("1.00");

    public Extraction {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(confidence, "confidence");
        if (confidence.signum() < 0 || confidence.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("confidence is between 0 and 1");
        }
        if (source == Source.NONE && (amount != null || date != null || counterparty != null || invoiceNumber != null
            || iban != null || vatAmount != null || confidence.signum() != 0)) {
            throw new IllegalArgumentException("NONE found nothing");
        }
        counterparty = blankToNull(counterparty);
        invoiceNumber = blankToNull(invoiceNumber);
        iban = iban == null || iban.isBlank() ? null : iban.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** Nothing found (a photo while OCR is not available, a plain PDF). */
    public static Extraction none() {
        return new Extraction(Source.NONE, null, null, null, null, null, null, BigDecimal.ZERO.setScale(2));
    }

    /**
     * An amount of an e-invoice as a ledger amount: up to two fraction digits (EN 16931 amounts have at most
     * two); null when absent or malformed, so a broken field does not hide the others.
     */
    public static Money amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip());
            return value.scale() > 2 && value.stripTrailingZeros().scale() > 2 ? null : Money.of(value.setScale(2));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
