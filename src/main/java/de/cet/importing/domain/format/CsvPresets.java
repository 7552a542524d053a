package de.cet.importing.domain.format;

import de.cet.importing.domain.format.CsvProfile.Columns;
import java.util.List;
import java.util.Optional;

/**
 * Profiles for the CSV exports of common German banks, written from the column lists the banks document
 * for their online banking export (the header row as the export writes it). Banks change their exports
 * now and then: a book saves its own profile when its bank's differs.
 */
public final class CsvPresets {

    public record Preset(String id, CsvProfile profile) {}

    /** The cooperative banks' (Atruvia) export, used by the Volksbanken und Raiffeisenbanken and by GLS. */
    private static Columns cooperative() {
        return new Columns("Buchungstag", "Valutadatum", "Betrag", null, null, "Name Zahlungsbeteiligter", null,
            "IBAN Zahlungsbeteiligter", "Verwendungszweck", null, "IBAN Auftragskonto");
    }

    private static final List<Preset> ALL = List.of(
        new Preset("sparkasse", new CsvProfile("Sparkasse (CSV-CAMT V2)", ";", "windows-1252", "dd.MM.yy", ",", 0,
            new Columns("Buchungstag", "Valutadatum", "Betrag", null, null, "Beguenstigter/Zahlungspflichtiger", null,
                "Kontonummer/IBAN", "Verwendungszweck", "Kundenreferenz (End-to-End)", "Auftragskonto"))),
        new Preset("volksbank", new CsvProfile("Volksbank / Raiffeisenbank", ";", "UTF-8", "dd.MM.yyyy", ",", 0,
            cooperative())),
        new Preset("gls", new CsvProfile("GLS Bank", ";", "UTF-8", "dd.MM.yyyy", ",", 0, cooperative())),
        new Preset("dkb", new CsvProfile("DKB", ";", "UTF-8", "dd.MM.yy", ",", 4,
            new Columns("Buchungsdatum", "Wertstellung", "Betrag (€)", null, null, "Zahlungsempfänger*in",
                "Zahlungspflichtige*r", "IBAN", "Verwendungszweck", "Kundenreferenz", null))),
        new Preset("ing", new CsvProfile("ING", ";", "ISO-8859-1", "dd.MM.yyyy", ",", 13,
            new Columns("Buchung", "Wertstellungsdatum", "Betrag", null, null, "Auftraggeber/Empfänger", null, null,
                "Verwendungszweck", null, null))),
        new Preset("commerzbank", new CsvProfile("Commerzbank", ";", "UTF-8", "dd.MM.yyyy", ",", 0,
            new Columns("Buchungstag", "Wertstellung", "Betrag", null, null, null, null, null,
                "Buchungstext", null, "IBAN Auftraggeberkonto"))),
        new Preset("deutsche-bank", new CsvProfile("Deutsche Bank", ";", "ISO-8859-1", "dd.MM.yyyy", ",", 4,
            new Columns("Buchungstag", "Wert", null, "Soll", "Haben", "Begünstigter / Auftraggeber", null, "IBAN",
                "Verwendungszweck", "Kundenreferenz", null))),
        new Preset("n26", new CsvProfile("N26", ",", "UTF-8", "yyyy-MM-dd", ".", 0,
            new Columns("Booking Date", "Value Date", "Amount (EUR)", null, null, "Partner Name", null, "Partner Iban",
                "Payment Reference", null, null))));

    private CsvPresets() {}

    public static List<Preset> all() {
        return ALL;
    }

    public static Optional<Preset> find(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
