package de.cet.importing.domain.format;

import de.cet.shared.money.InvalidMoneyException;
import de.cet.shared.money.Money;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads MT940 as German banks export it (the DFÜ-Abkommen's profile of SWIFT MT940): statements
 * {@code :20:}…{@code :62F:} with or without the SWIFT envelope ({@code {1:…}{2:…}{4:} … {@code -}}),
 * {@code :61:} lines and their {@code :86:} details in the structured form {@code GVC?00…?20–?29 purpose,
 * ?30 BLZ/BIC, ?31 account/IBAN, ?32/?33 name, ?60–?63 more purpose}.
 *
 * <p>Hand-written because no maintained Java library reads the German {@code :86:} subfields (the
 * open-source MT940 readers are unmaintained or Python); the format is line-based and small. The text is
 * decoded before it gets here ({@link Charsets#decode}).
 */
public final class Mt940Reader {

    /** :61: value date, optional entry date MMDD, mark (C, D, RC, RD), optional funds code, amount, type, references. */
    private static final Pattern LINE_61 = Pattern.compile(
        "(\\d{6})(\\d{4})?(RC|RD|C|D)([A-Z])?(\\d{1,12},\\d{0,2})([NSF][A-Z0-9]{3})([^\\n]*?)(?://([^\\n]*))?(?:\\n(.*))?",
        Pattern.DOTALL);
    private static final Pattern BALANCE = Pattern.compile("([CD])(\\d{6})([A-Z]{3})(\\d{1,12},\\d{0,2})");
    private static final Pattern TAG = Pattern.compile("^:(\\d{2}[A-Z]?):", Pattern.MULTILINE);
    /** A line of only "-" (or "-}" in the envelope) ends a message. */
    private static final Pattern END_OF_MESSAGE = Pattern.compile("\\n-}?[ \\t]*(?=\\n|$|\\{)");
    private static final Pattern SEPA_KEY = Pattern.compile("(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|IBAN|BIC)\\+");

    private Mt940Reader() {}

    public static boolean looksLikeMt940(String head) {
        return head.contains(":20:") && (head.contains(":25:") || head.contains(":60F:") || head.contains(":61:"));
    }

    private record Field(String tag, String value, int line) {}

    public static List<Statement> read(String text) {
        String body = text.replace("\r\n", "\n").replace('\r', '\n');
        List<Field> fields = fields(body);
        List<Statement> out = new ArrayList<>();
        Builder b = null;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            switch (f.tag()) {
                case "20" -> {
                    if (b != null) {
                        out.add(b.build());
                    }
                    b = new Builder();
                }
                case "25" -> need(b, f).iban = account(f.value());
                case "60F", "60M" -> need(b, f).opening(balance(f));
                case "62F", "62M" -> need(b, f).closing(balance(f));
                case "61" -> {
                    Field details = i + 1 < fields.size() && fields.get(i + 1).tag().equals("86") ? fields.get(++i) : null;
                    need(b, f).entries.add(entry(f, details));
                }
                default -> need(b, f); // :21:, :28C:, :64:, :65:, the statement's own :86:
            }
        }
        if (b != null) {
            out.add(b.build());
        }
        if (out.isEmpty()) {
            throw new StatementFileException("The MT940 file holds no statement (:20:).");
        }
        return out;
    }

    /** Splits the text into tagged fields; the envelope, the '-' separators and blank lines fall away. */
    private static List<Field> fields(String body) {
        List<Field> out = new ArrayList<>();
        Matcher m = TAG.matcher(body);
        int start = -1;
        String tag = null;
        int line = 0;
        while (m.find()) {
            if (tag != null) {
                out.add(new Field(tag, strip(body.substring(start, m.start())), line));
            }
            tag = m.group(1);
            start = m.end();
            line = lineOf(body, m.start());
        }
        if (tag != null) {
            out.add(new Field(tag, strip(body.substring(start)), line));
        }
        return out;
    }

    private static int lineOf(String body, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (body.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The value without the end-of-message ("-", "-}") and the envelope's trailer blocks. */
    private static String strip(String value) {
        String v = value;
        Matcher end = END_OF_MESSAGE.matcher(v);
        if (end.find()) {
            v = v.substring(0, end.start());
        }
        int envelope = v.indexOf("\n{");
        if (envelope >= 0) {
            v = v.substring(0, envelope);
        }
        return v.strip();
    }

    private static Builder need(Builder b, Field f) {
        if (b == null) {
            throw new StatementFileException(f.line(), "the field :" + f.tag() + ": comes before a statement's :20:.");
        }
        return b;
    }

    /** :25: "BLZ/account" or an IBAN; only an IBAN can be compared with the account's. */
    private static String account(String v) {
        String s = v.replace(" ", "");
        return s.matches("[A-Z]{2}\\d{2}[A-Z0-9]{10,30}") ? s : null;
    }

    private record Balance(LocalDate date, Money amount) {}

    private static Balance balance(Field f) {
        Matcher m = BALANCE.matcher(f.value());
        if (!m.matches()) {
            throw new StatementFileException(f.line(), "the balance :" + f.tag() + ": is not of the form C/D, YYMMDD, currency, amount.");
        }
        requireEuro(m.group(3), f);
        Money amount = amount(m.group(4), f);
        return new Balance(yymmdd(m.group(2), f), m.group(1).equals("D") ? amount.negate() : amount);
    }

    private static void requireEuro(String currency, Field f) {
        if (!currency.equals("EUR")) {
            throw new StatementFileException(f.line(), "the statement is in " + currency + "; CET keeps books in EUR.");
        }
    }

    private static Money amount(String text, Field f) {
        String t = text.replace(',', '.');
        if (t.endsWith(".")) {
            t = t + "0";
        }
        try {
            return Money.of(new BigDecimal(t));
        } catch (InvalidMoneyException e) {
            throw new StatementFileException(f.line(), "the amount has more than two decimal places or is too large.");
        }
    }

    private static LocalDate yymmdd(String s, Field f) {
        try {
            // MT940 has two-digit years; bank statements are of this century
            return LocalDate.of(2000 + Integer.parseInt(s.substring(0, 2)), Integer.parseInt(s.substring(2, 4)),
                Integer.parseInt(s.substring(4, 6)));
        } catch (DateTimeException e) {
            throw new StatementFileException(f.line(), "the date in :" + f.tag() + ": is not a valid YYMMDD date.");
        }
    }

    private static StatementEntry entry(Field f, Field details) {
        Matcher m = LINE_61.matcher(f.value());
        if (!m.matches()) {
            throw new StatementFileException(f.line(), "the :61: line is not of the MT940 form.");
        }
        LocalDate value = yymmdd(m.group(1), f);
        LocalDate booking = value;
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2).substring(0, 2));
            int day = Integer.parseInt(m.group(2).substring(2, 4));
            int year = value.getYear();
            // the entry date has no year: across a year end it lies in the neighbouring one
            if (month == 12 && value.getMonthValue() == 1) {
                year--;
            } else if (month == 1 && value.getMonthValue() == 12) {
                year++;
            }
            try {
                booking = LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new StatementFileException(f.line(), "the entry date in :61: is not a valid MMDD date.");
            }
        }
        String mark = m.group(3);
        Money amount = amount(m.group(5), f);
        boolean reversal = mark.startsWith("R");
        // RC: reversal of a credit = money out; RD: reversal of a debit = money in
        boolean out = mark.equals("D") || mark.equals("RC");
        if (out) {
            amount = amount.negate();
        }
        String bankRef = m.group(8) == null ? null : m.group(8).strip();
        if (bankRef != null && (bankRef.isEmpty() || bankRef.equalsIgnoreCase("NONREF"))) {
            bankRef = null;
        }
        String customerRef = m.group(7) == null ? "" : m.group(7).strip();
        String counterparty = null;
        String iban = null;
        String purpose = null;
        if (details != null) {
            Map<String, String> sub = subfields(details.value());
            if (sub == null) {
                purpose = details.value().replace("\n", "");
            } else {
                StringBuilder p = new StringBuilder();
                for (String k : new String[] {"20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "60", "61", "62", "63"}) {
                    p.append(sub.getOrDefault(k, ""));
                }
                purpose = sepaPurpose(p.toString());
                counterparty = (sub.getOrDefault("32", "") + sub.getOrDefault("33", "")).strip();
                String account = sub.getOrDefault("31", "").strip();
                iban = account.matches("[A-Z]{2}\\d{2}[A-Z0-9]{10,30}") ? account : null;
                if (purpose.isBlank() && sub.containsKey("00")) {
                    purpose = sub.get("00");
                }
            }
        }
        if (bankRef == null && !customerRef.isEmpty() && !customerRef.equalsIgnoreCase("NONREF")) {
            bankRef = customerRef;
        }
        return new StatementEntry(booking, value, amount, counterparty, iban, purpose, bankRef, reversal, false);
    }

    /**
     * The structured :86: ("166?00GUTSCHRIFT?20…"): three digits (the business transaction code), then
     * subfields each introduced by a separator character (mostly '?') and two digits. Lines are joined
     * first: banks wrap the field at 65 characters, also inside a subfield. Null when unstructured.
     */
    static Map<String, String> subfields(String value) {
        String v = value.replace("\n", "");
        if (v.length() < 4 || !Character.isDigit(v.charAt(0)) || !Character.isDigit(v.charAt(1))
                || !Character.isDigit(v.charAt(2)) || Character.isLetterOrDigit(v.charAt(3))) {
            return null;
        }
        char sep = v.charAt(3);
        Map<String, String> out = new LinkedHashMap<>();
        String[] parts = v.substring(4).split(Pattern.quote(String.valueOf(sep)), -1);
        for (String part : parts) {
            if (part.length() >= 2 && Character.isDigit(part.charAt(0)) && Character.isDigit(part.charAt(1))) {
                out.merge(part.substring(0, 2), part.substring(2), String::concat);
            }
        }
        return out;
    }

    /** The SEPA remittance text (after SVWZ+) when the purpose is keyworded, else the purpose as it is. */
    static String sepaPurpose(String purpose) {
        Matcher m = SEPA_KEY.matcher(purpose);
        List<int[]> keys = new ArrayList<>();
        while (m.find()) {
            keys.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < keys.size(); i++) {
            if (purpose.startsWith("SVWZ+", keys.get(i)[0])) {
                int end = i + 1 < keys.size() ? keys.get(i + 1)[0] : purpose.length();
                return purpose.substring(keys.get(i)[1], end).strip();
            }
        }
        return purpose.strip();
    }

    private static final class Builder {
        String iban;
        Balance opening;
        Balance closing;
        final List<StatementEntry> entries = new ArrayList<>();

        void opening(Balance b) {
            opening = b;
        }

        void closing(Balance b) {
            closing = b;
        }

        Statement build() {
            LocalDate from = opening == null ? null : opening.date();
            LocalDate to = closing == null ? null : closing.date();
            if (from != null && to != null && to.isBefore(from)) {
                from = to;
            }
            return new Statement(StatementFormat.MT940, iban, from, to, opening == null ? null : opening.amount(),
                closing == null ? null : closing.amount(), entries);
        }
    }
}
