package de.cet.exporting.domain;

import de.cet.shared.money.Money;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A DATEV-Format Buchungsstapel (EXTF, header version 700, data category 21, format version 13) of one
 * accounting period, and its file: the header record (31 fields), the column-name row (the 125 columns of
 * format version 13, in DATEV's order and spelling) and one row per booking; fields separated by {@code ;},
 * text fields in quotes with quotes doubled, numbers with a decimal comma and no thousands separator, dates
 * of a booking as DDMM (the year comes from the header's period), every record ending with CRLF; encoded in
 * Windows-1252, the character set DATEV's import reads without a byte order mark (developer.datev.de,
 * "Zeichensatz"). A character Windows-1252 cannot hold becomes {@code ?}.
 *
 * <p>Written by hand because no maintained Java library for the EXTF format exists; its structure is a
 * fixed, documented CSV that this class and its test (which parses the file back) pin down.
 */
public record Buchungsstapel(Integer consultantNumber, Integer clientNumber, LocalDate fiscalYearStart,
                             LocalDate from, LocalDate to, String label, SkrChart chart, LocalDateTime createdAt,
                             List<BookingLine> lines) {

    public static final int HEADER_VERSION = 700;
    public static final int CATEGORY = 21;
    public static final String FORMAT_NAME = "Buchungsstapel";
    public static final int FORMAT_VERSION = 13;
    public static final Charset CHARSET = Charset.forName("windows-1252");
    public static final int LABEL_LENGTH = 30;
    /** Herkunft: two letters naming the program that wrote the file. */
    public static final String ORIGIN = "CE";

    public static final List<String> COLUMNS = List.of(
        "Umsatz (ohne Soll/Haben-Kz)", "Soll/Haben-Kennzeichen", "WKZ Umsatz", "Kurs", "Basis-Umsatz",
        "WKZ Basis-Umsatz", "Konto", "Gegenkonto (ohne BU-Schlüssel)", "BU-Schlüssel", "Belegdatum", "Belegfeld 1",
        "Belegfeld 2", "Skonto", "Buchungstext", "Postensperre", "Diverse Adressnummer", "Geschäftspartnerbank",
        "Sachverhalt", "Zinssperre", "Beleglink", "Beleginfo - Art 1", "Beleginfo - Inhalt 1", "Beleginfo - Art 2",
        "Beleginfo - Inhalt 2", "Beleginfo - Art 3", "Beleginfo - Inhalt 3", "Beleginfo - Art 4",
        "Beleginfo - Inhalt 4", "Beleginfo - Art 5", "Beleginfo - Inhalt 5", "Beleginfo - Art 6",
        "Beleginfo - Inhalt 6", "Beleginfo - Art 7", "Beleginfo - Inhalt 7", "Beleginfo - Art 8",
        "Beleginfo - Inhalt 8", "KOST1 - Kostenstelle", "KOST2 - Kostenstelle", "Kost-Menge",
        "EU-Land u. UStID (Bestimmung)", "EU-Steuersatz (Bestimmung)", "Abw. Versteuerungsart", "Sachverhalt L+L",
        "Funktionsergänzung L+L", "BU 49 Hauptfunktionstyp", "BU 49 Hauptfunktionsnummer", "BU 49 Funktionsergänzung",
        "Zusatzinformation - Art 1", "Zusatzinformation- Inhalt 1", "Zusatzinformation - Art 2",
        "Zusatzinformation- Inhalt 2", "Zusatzinformation - Art 3", "Zusatzinformation- Inhalt 3",
        "Zusatzinformation - Art 4", "Zusatzinformation- Inhalt 4", "Zusatzinformation - Art 5",
        "Zusatzinformation- Inhalt 5", "Zusatzinformation - Art 6", "Zusatzinformation- Inhalt 6",
        "Zusatzinformation - Art 7", "Zusatzinformation- Inhalt 7", "Zusatzinformation - Art 8",
        "Zusatzinformation- Inhalt 8", "Zusatzinformation - Art 9", "Zusatzinformation- Inhalt 9",
        "Zusatzinformation - Art 10", "Zusatzinformation- Inhalt 10", "Zusatzinformation - Art 11",
        "Zusatzinformation- Inhalt 11", "Zusatzinformation - Art 12", "Zusatzinformation- Inhalt 12",
        "Zusatzinformation - Art 13", "Zusatzinformation- Inhalt 13", "Zusatzinformation - Art 14",
        "Zusatzinformation- Inhalt 14", "Zusatzinformation - Art 15", "Zusatzinformation- Inhalt 15",
        "Zusatzinformation - Art 16", "Zusatzinformation- Inhalt 16", "Zusatzinformation - Art 17",
        "Zusatzinformation- Inhalt 17", "Zusatzinformation - Art 18", "Zusatzinformation- Inhalt 18",
        "Zusatzinformation - Art 19", "Zusatzinformation- Inhalt 19", "Zusatzinformation - Art 20",
        "Zusatzinformation- Inhalt 20", "Stück", "Gewicht", "Zahlweise", "Forderungsart", "Veranlagungsjahr",
        "Zugeordnete Fälligkeit", "Skontotyp", "Auftragsnummer", "Buchungstyp", "USt-Schlüssel (Anzahlungen)",
        "EU-Land (Anzahlungen)", "Sachverhalt L+L (Anzahlungen)", "EU-Steuersatz (Anzahlungen)",
        "Erlöskonto (Anzahlungen)", "Herkunft-Kz", "Buchungs GUID", "KOST-Datum", "SEPA-Mandatsreferenz",
        "Skontosperre", "Gesellschaftername", "Beteiligtennummer", "Identifikationsnummer", "Zeichnernummer",
        "Postensperre bis", "Bezeichnung SoBil-Sachverhalt", "Kennzeichen SoBil-Buchung", "Festschreibung",
        "Leistungsdatum", "Datum Zuord. Steuerperiode", "Fälligkeit", "Generalumkehr (GU)", "Steuersatz", "Land",
        "Abrechnungsreferenz", "BVV-Position", "EU-Land u. UStID (Ursprung)", "EU-Steuersatz (Ursprung)",
        "Abw. Skontokonto");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter DDMM = DateTimeFormatter.ofPattern("ddMM");
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    public Buchungsstapel {
        Objects.requireNonNull(fiscalYearStart, "fiscalYearStart");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(createdAt, "createdAt");
        lines = List.copyOf(lines);
        if (consultantNumber != null && (consultantNumber < 1001 || consultantNumber > 9_999_999)) {
            throw new IllegalArgumentException("Beraternummer is 1001 to 9999999");
        }
        if (clientNumber != null && (clientNumber < 1 || clientNumber > 99_999)) {
            throw new IllegalArgumentException("Mandantennummer is 1 to 99999");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        if (!fitsOneFiscalYear(fiscalYearStart, from, to)) {
            throw new IllegalArgumentException("a Buchungsstapel covers at most one fiscal year");
        }
        for (BookingLine line : lines) {
            if (line.date().isBefore(from) || line.date().isAfter(to)) {
                throw new IllegalArgumentException("a booking dated " + line.date() + " lies outside the batch");
            }
        }
    }

    /**
     * DATEV dates a booking by day and month only, so a batch must lie within twelve months from the start of
     * its fiscal year, or two bookings could carry the same DDMM for different days.
     */
    public static boolean fitsOneFiscalYear(LocalDate fiscalYearStart, LocalDate from, LocalDate to) {
        return !from.isBefore(fiscalYearStart) && to.isBefore(fiscalYearStart.plusYears(1));
    }

    /** The file name DATEV's import expects: the {@code EXTF_} prefix. */
    public String fileName() {
        return "EXTF_Buchungsstapel_" + DAY.format(from) + "_" + DAY.format(to) + ".csv";
    }

    /** The file's bytes: Windows-1252, CRLF. */
    public byte[] toBytes() {
        StringBuilder out = new StringBuilder();
        record(out, header());
        record(out, COLUMNS.stream().map(Buchungsstapel::text).toList());
        for (BookingLine line : lines) {
            record(out, row(line));
        }
        return encode(out.toString());
    }

    private List<String> header() {
        return List.of(
            text("EXTF"), Integer.toString(HEADER_VERSION), Integer.toString(CATEGORY), text(FORMAT_NAME),
            Integer.toString(FORMAT_VERSION), CREATED.format(createdAt), "", text(ORIGIN), text("CET"), text(""),
            number(consultantNumber), number(clientNumber), DAY.format(fiscalYearStart),
            Integer.toString(DatevAccount.LENGTH), DAY.format(from), DAY.format(to),
            text(DatevText.headerText(label, LABEL_LENGTH)), text(""),
            "1", // Buchungstyp: Finanzbuchführung
            "0", // Rechnungslegungszweck: unabhängig
            "0", // Festschreibung: off, so the tax adviser can check before locking
            text("EUR"), "", text(""), "", "", text(chart.code()), "", "", text(""), text(""));
    }

    private static List<String> row(BookingLine line) {
        String[] cells = new String[COLUMNS.size()];
        Arrays.fill(cells, "");
        cells[0] = amount(line.amount());
        cells[1] = text(line.side().name());
        cells[2] = text("EUR");
        cells[6] = line.account().number();
        cells[7] = line.contraAccount().number();
        cells[8] = text(""); // BU-Schlüssel: none, a caucus is not liable to VAT
        cells[9] = DDMM.format(line.date());
        cells[10] = text(line.documentField1());
        cells[13] = text(line.text());
        return Arrays.asList(cells);
    }

    /** Umsatz: positive, decimal comma, no thousands separator. */
    static String amount(Money value) {
        return value.toString().replace('.', ',');
    }

    static String text(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static void record(StringBuilder out, List<String> fields) {
        out.append(String.join(";", fields)).append("\r\n");
    }

    private static byte[] encode(String text) {
        CharsetEncoder encoder = CHARSET.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .replaceWith(new byte[] {'?'});
        try {
            ByteBuffer buffer = encoder.encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("REPLACE never throws", e);
        }
    }
}
