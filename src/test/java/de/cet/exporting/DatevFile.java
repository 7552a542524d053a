package de.cet.exporting;

import de.cet.exporting.domain.Buchungsstapel;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an EXTF file back the way DATEV's import does: Windows-1252, records ending with CRLF (a bare LF
 * is an error here), {@code ;}-separated, {@code "}-quoted. Also remembers which fields were quoted, since
 * DATEV types text fields by their quotes.
 */
public record DatevFile(String text, List<String> header, List<String> columns, List<Row> rows) {

    public record Row(List<String> cells) {
        public String get(String column) {
            return cells.get(Buchungsstapel.COLUMNS.indexOf(column));
        }
    }

    public static DatevFile parse(byte[] bytes) {
        String text = new String(bytes, Buchungsstapel.CHARSET);
        if (text.replace("\r\n", "").contains("\n") || text.replace("\r\n", "").contains("\r")) {
            throw new AssertionError("every record ends with CRLF, no bare CR or LF");
        }
        if (!text.endsWith("\r\n")) {
            throw new AssertionError("the last record ends with CRLF");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setQuote('"').setRecordSeparator("\r\n").get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> records = parser.getRecords();
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : records.subList(2, records.size())) {
                rows.add(new Row(r.toList()));
            }
            return new DatevFile(text, records.get(0).toList(), records.get(1).toList(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw first line, to check which header fields are quoted. */
    public String headerLine() {
        return text.substring(0, text.indexOf("\r\n"));
    }
}
