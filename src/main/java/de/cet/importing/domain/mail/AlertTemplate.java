package de.cet.importing.domain.mail;

import de.cet.importing.domain.format.StatementEntry;
import de.cet.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The alert mails ("Kontowecker", "Umsatzbenachrichtigung") of German banks, one template per layout: each
 * names the labelled lines that carry amount, date, counterparty and purpose. The layouts are the ones
 * the banks' alert services describe (a line per field, German labels, amounts as {@code 1.234,56 EUR});
 * the sign comes from a signed amount or from a word for debit/credit.
 */
public enum AlertTemplate {

    /** Sparkasse: "Betrag: -25,00 EUR", "Buchungstag: 10.01.2026", "Empfänger/Auftraggeber:", "Verwendungszweck:". */
    SPARKASSE("(?:Sparkasse|Kontowecker)", "Betrag", "Buchungstag", "Empf(?:ä|ae)nger/Auftraggeber", "Verwendungszweck",
        null),
    /** DKB: "Umsatz: 25,00 EUR (Belastung|Gutschrift)", "Datum: 10.01.2026", "Von/An:", "Zweck:". */
    DKB("DKB", "Umsatz", "Datum", "Von/An", "Zweck", "(Belastung|Gutschrift)");

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.GERMANY);
    private static final Pattern AMOUNT = Pattern.compile("([+-]?)\\s*(\\d{1,3}(?:\\.\\d{3})*|\\d+),(\\d{2})\\s*(?:EUR|€)");

    private final Pattern recognise;
    private final Pattern amount;
    private final Pattern date;
    private final Pattern counterparty;
    private final Pattern purpose;
    private final Pattern direction;

    AlertTemplate(String recognise, String amount, String date, String counterparty, String purpose, String direction) {
        this.recognise = Pattern.compile("\\b" + recognise + "\\b", Pattern.CASE_INSENSITIVE);
        this.amount = line(amount);
        this.date = line(date);
        this.counterparty = line(counterparty);
        this.purpose = line(purpose);
        this.direction = direction == null ? null : Pattern.compile(direction, Pattern.CASE_INSENSITIVE);
    }

    private static Pattern line(String label) {
        return Pattern.compile("^[ \\t]*" + label + "[ \\t]*:[ \\t]*(.*)$", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
    }

    /** Whether the mail's subject, sender or text names this bank. */
    public boolean recognises(String text) {
        return text != null && recognise.matcher(text).find();
    }

    /**
     * The booking the alert reports.
     *
     * @throws AlertException naming the line that is missing or unreadable
     */
    public StatementEntry read(String text) {
        String body = text == null ? "" : text.replace("\r", "");
        String amountLine = value(amount, body, "amount");
        Matcher m = AMOUNT.matcher(amountLine);
        if (!m.find()) {
            throw new AlertException("The amount line of the " + name() + " alert is not an amount in euros.");
        }
        BigDecimal value = new BigDecimal(m.group(2).replace(".", "") + "." + m.group(3));
        boolean debit = "-".equals(m.group(1));
        if (direction != null) {
            Matcher d = direction.matcher(amountLine);
            if (!d.find()) {
                throw new AlertException("The amount line of the " + name() + " alert says neither debit nor credit.");
            }
            debit = d.group(1).toLowerCase(Locale.ROOT).startsWith("bel");
        }
        Money money = Money.of(debit ? value.negate() : value);
        LocalDate booked;
        try {
            booked = LocalDate.parse(value(date, body, "date").strip(), GERMAN_DATE);
        } catch (DateTimeParseException e) {
            throw new AlertException("The date line of the " + name() + " alert is not a date like 31.01.2026.");
        }
        String party = optional(counterparty, body).orElse(null);
        String why = optional(purpose, body).orElse(null);
        return new StatementEntry(booked, booked, money, party, null, why, null, false, false);
    }

    private String value(Pattern p, String body, String what) {
        return optional(p, body).orElseThrow(() -> new AlertException("The " + name() + " alert has no " + what + " line."));
    }

    private static Optional<String> optional(Pattern p, String body) {
        Matcher m = p.matcher(body);
        return m.find() && !m.group(1).isBlank() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** The template named, or the first one recognising the mail's subject, sender or text. */
    public static Optional<AlertTemplate> choose(AlertTemplate configured, String subject, String sender, String text) {
        if (configured != null) {
            return Optional.of(configured);
        }
        for (AlertTemplate t : values()) {
            if (t.recognises(subject) || t.recognises(sender) || t.recognises(text)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** An alert mail the template cannot read. */
    public static final class AlertException extends RuntimeException {
        public AlertException(String message) {
            super(message);
        }
    }
}
