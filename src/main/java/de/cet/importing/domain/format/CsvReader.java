package de.cet.importing.domain.format;

import de.cet.importing.domain.format.CsvProfile.Columns;
import de.cet.shared.money.InvalidMoneyException;
import de.cet.shared.money.Money;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a bank's CSV export through a {@link CsvProfile} (Apache Commons CSV does the quoting). Every
 * refusal names the 1-based row of the file it is in and never the row's content.
 */
public final class CsvReader {

    private static final int HEADER_SEARCH_ROWS = 30;

    private CsvReader() {}

    public static Statement read(byte[] bytes, CsvProfile profile) {
        String text = Charsets.strict(bytes, profile.charset());
        if (text == null) {
            throw new StatementFileException(Charsets.firstBadLine(bytes, profile.charset()),
                "the file is not in the profile's encoding " + profile.encoding() + ".");
        }
        text = Charsets.withoutBom(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(profile.delimiter().charAt(0))
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false).get();
        List<StatementEntry> entries = new ArrayList<>();
        String accountIban = null;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> rows = parser.iterator();
            List<CSVRecord> before = new ArrayList<>();
            Map<String, Integer> header = null;
            while (header == null) {
                CSVRecord r = next(rows, parser);
                if (r == null || before.size() >= HEADER_SEARCH_ROWS) {
                    throw new StatementFileException("The file has no row naming the profile's columns (such as '"
                        + profile.columns().bookingDate() + "') within its first " + HEADER_SEARCH_ROWS + " rows.");
                }
                before.add(r);
                if (before.size() > profile.headerRows() && names(r, profile.columns())) {
                    header = index(r);
                }
            }
            Mapping m = new Mapping(header, profile);
            int row = before.size();
            CSVRecord r;
            int shortRow = 0;
            while ((r = next(rows, parser)) != null) {
                row = (int) r.getRecordNumber();
                if (isBlank(r)) {
                    continue;
                }
                if (r.size() < m.width) {
                    // a closing row such as Deutsche Bank's "Kontostand;…": fine at the end, broken before data
                    shortRow = shortRow == 0 ? row : shortRow;
                    continue;
                }
                if (shortRow != 0) {
                    throw new StatementFileException(shortRow, "the row has fewer fields than the header.");
                }
                StatementEntry e = m.entry(r, row);
                entries.add(e);
                String own = m.cell(r, profile.columns().accountIban());
                if (own != null && !own.isBlank()) {
                    String iban = own.replace(" ", "").toUpperCase(Locale.ROOT);
                    if (accountIban != null && !accountIban.equals(iban)) {
                        throw new StatementFileException(row, "the rows belong to more than one account.");
                    }
                    accountIban = iban;
                }
            }
        } catch (IOException e) {
            throw new StatementFileException("The CSV file cannot be read.");
        }
        if (entries.isEmpty()) {
            throw new StatementFileException("The CSV file holds no booking rows.");
        }
        return new Statement(StatementFormat.CSV, accountIban, null, null, null, null, entries);
    }

    /** The next record; a broken one (an unclosed quote) is refused with the line it starts on. */
    private static CSVRecord next(Iterator<CSVRecord> rows, CSVParser parser) {
        try {
            return rows.hasNext() ? rows.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new StatementFileException((int) Math.max(1, parser.getCurrentLineNumber()),
                "the row is broken (a quote is not closed).");
        }
    }

    private static boolean isBlank(CSVRecord r) {
        for (String v : r) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean names(CSVRecord r, Columns c) {
        Map<String, Integer> idx = index(r);
        return idx.containsKey(key(c.bookingDate()))
            && (CsvProfile.blank(c.amount()) ? idx.containsKey(key(c.debit())) && idx.containsKey(key(c.credit()))
                : idx.containsKey(key(c.amount())));
    }

    /** Header names to positions; of a name used twice (ING's two "Währung") the first counts. */
    private static Map<String, Integer> index(CSVRecord r) {
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < r.size(); i++) {
            idx.putIfAbsent(key(r.get(i)), i);
        }
        return idx;
    }

    static String key(String name) {
        return name == null ? "" : Charsets.withoutBom(name).strip().toLowerCase(Locale.ROOT);
    }

    /** The profile's columns resolved against the header row. */
    private static final class Mapping {
        private final Map<String, Integer> header;
        private final CsvProfile p;
        private final DateTimeFormatter dates;
        private final int width;

        Mapping(Map<String, Integer> header, CsvProfile p) {
            this.header = header;
            this.p = p;
            this.dates = DateTimeFormatter.ofPattern(p.dateFormat(), Locale.GERMANY);
            this.width = header.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        }

        String cell(CSVRecord r, String column) {
            if (CsvProfile.blank(column)) {
                return null;
            }
            Integer i = header.get(key(column));
            if (i == null || i >= r.size()) {
                return null;
            }
            String v = r.get(i).strip();
            return v.isEmpty() ? null : v;
        }

        StatementEntry entry(CSVRecord r, int row) {
            Columns c = p.columns();
            LocalDate booking = date(cell(r, c.bookingDate()), row, "booking date");
            if (booking == null) {
                throw new StatementFileException(row, "the booking date is missing.");
            }
            LocalDate value = date(cell(r, c.valueDate()), row, "value date");
            Money amount;
            if (!CsvProfile.blank(c.amount())) {
                amount = money(cell(r, c.amount()), row, "amount");
                if (amount == null) {
                    throw new StatementFileException(row, "the amount is missing.");
                }
            } else {
                Money debit = money(cell(r, c.debit()), row, "debit");
                Money credit = money(cell(r, c.credit()), row, "credit");
                if (debit == null && credit == null) {
                    throw new StatementFileException(row, "neither debit nor credit is given.");
                }
                amount = (credit == null ? Money.ZERO : credit.abs()).minus(debit == null ? Money.ZERO : debit.abs());
            }
            String counterparty = cell(r, c.counterparty());
            String incoming = cell(r, c.counterpartyIncoming());
            if (!CsvProfile.blank(c.counterpartyIncoming()) && !amount.isNegative()) {
                counterparty = incoming;
            }
            return new StatementEntry(booking, value, amount, counterparty, cell(r, c.iban()), cell(r, c.purpose()),
                cell(r, c.reference()), false, false);
        }

        private LocalDate date(String text, int row, String what) {
            if (text == null) {
                return null;
            }
            try {
                // two-digit years ("dd.MM.yy") resolve to 2000–2099, which is what bank exports mean
                return LocalDate.parse(text, dates);
            } catch (DateTimeParseException e) {
                throw new StatementFileException(row, "the " + what + " is not a date of the form " + p.dateFormat() + ".");
            }
        }

        private Money money(String text, int row, String what) {
            if (text == null) {
                return null;
            }
            String t = text.replace("\u00a0", "").replace(" ", "").replace("€", "").replace("EUR", "");
            boolean trailingMinus = t.endsWith("-");
            if (trailingMinus) {
                t = t.substring(0, t.length() - 1);
            }
            t = p.decimalSeparator().equals(",") ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
            try {
                Money m = Money.of(new BigDecimal(t));
                return trailingMinus ? m.negate() : m;
            } catch (NumberFormatException | InvalidMoneyException e) {
                throw new StatementFileException(row, "the " + what + " is not an amount with '"
                    + p.decimalSeparator() + "' as decimal separator.");
            }
        }
    }
}
