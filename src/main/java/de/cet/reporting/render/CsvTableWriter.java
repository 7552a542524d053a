package de.cet.reporting.render;

import de.cet.shared.money.Money;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes an RFC 4180 table (CRLF, fields with delimiter, quote, CR or LF quoted, quotes doubled) in
 * UTF-8 with a byte order mark, the only way to make Excel read UTF-8 on a double-click.
 *
 * <p>Cells are typed. Text cells are neutralised against formula injection (OWASP): a text starting
 * with {@code = + - @}, tab or CR (or their full-width forms) gets a leading {@code '}, so a
 * spreadsheet shows it as text and never evaluates it. Amount and date cells are produced from
 * {@link Money} and {@link LocalDate} only, so they cannot carry a formula and are written as plain
 * numbers and dates: a negative amount stays a number a spreadsheet can sum.
 *
 * <p>Closing the writer flushes it but leaves the underlying stream open (the audit ZIP writes several
 * files into one stream).
 */
public final class CsvTableWriter implements Closeable {

    private static final char BOM = '\uFEFF';

    private final CsvDialect dialect;
    private final BufferedWriter out;
    private final CSVPrinter printer;
    private final List<String> row = new ArrayList<>();

    public CsvTableWriter(OutputStream stream, CsvDialect dialect) {
        this.dialect = dialect;
        this.out = new BufferedWriter(new OutputStreamWriter(new NonClosingOutputStream(stream), StandardCharsets.UTF_8));
        CSVFormat format = CSVFormat.RFC4180.builder()
            .setDelimiter(dialect.delimiter())
            .setQuote('"')
            .setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\r\n")
            .get();
        try {
            out.write(BOM);
            this.printer = new CSVPrinter(out, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A header row: text cells. */
    public CsvTableWriter header(String... names) {
        for (String name : names) {
            text(name);
        }
        return endRow();
    }

    public CsvTableWriter text(String value) {
        row.add(neutralise(value == null ? "" : value));
        return this;
    }

    /** An amount as a plain number: no thousands separator, the dialect's decimal separator, {@code -} for negatives. */
    public CsvTableWriter amount(Money value) {
        if (value == null) {
            row.add("");
            return this;
        }
        String plain = value.toString();
        row.add(dialect.decimalSeparator() == '.' ? plain : plain.replace('.', dialect.decimalSeparator()));
        return this;
    }

    public CsvTableWriter date(LocalDate value) {
        row.add(value == null ? "" : dialect.dateFormat().format(value));
        return this;
    }

    /** An instant in ISO-8601 UTC, the form auditors' tools and the API use. */
    public CsvTableWriter instant(Instant value) {
        row.add(value == null ? "" : value.toString());
        return this;
    }

    public CsvTableWriter integer(long value) {
        row.add(Long.toString(value));
        return this;
    }

    public CsvTableWriter endRow() {
        try {
            printer.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row.clear();
        return this;
    }

    /** OWASP CSV injection: the shared rule ({@link de.cet.shared.text.SpreadsheetText}). */
    static String neutralise(String value) {
        return de.cet.shared.text.SpreadsheetText.neutralise(value);
    }

    @Override
    public void close() {
        if (!row.isEmpty()) {
            throw new IllegalStateException("a row was started but not ended");
        }
        try {
            printer.flush();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
