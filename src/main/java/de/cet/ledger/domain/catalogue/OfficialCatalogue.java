package de.cet.ledger.domain.catalogue;

import static de.cet.ledger.domain.catalogue.CategoryFlag.JUSTIFY;
import static de.cet.ledger.domain.catalogue.CategoryFlag.REVIEW;
import static de.cet.ledger.domain.catalogue.CategoryKind.EXPENSE;
import static de.cet.ledger.domain.catalogue.CategoryKind.INCOME;

import de.cet.shared.error.InvalidInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A released version of the official category catalogue: reference data, immutable, looked up by code.
 * A later version may add codes but never changes what a released code means, so a category mapped to a
 * code stays valid across versions.
 */
public final class OfficialCatalogue {

    public static final String IN_400 = "IN-400";
    public static final String IN_900 = "IN-900";
    public static final String EX_400 = "EX-400";
    public static final String EX_510 = "EX-510";
    public static final String EX_520 = "EX-520";
    public static final String EX_700 = "EX-700";
    public static final String EX_800 = "EX-800";
    public static final String EX_900 = "EX-900";

    private static final OfficialCatalogue V2026_1 = new OfficialCatalogue("2026.1", List.of(
        income("IN-100", "Zuwendungen der Kommune", "Municipal grants"),
        income("IN-110", "Sockelbetrag", "Base amount"),
        income("IN-120", "Pro-Kopf-Betrag", "Per-member amount"),
        income("IN-130", "Personalkostenzuschuss", "Staff-cost grant"),
        income("IN-140", "Miet- und Raumkostenpauschale", "Rent lump sum"),
        income("IN-150", "Einmalzuwendung (Erstausstattung)", "One-off grant (initial equipment)"),
        income("IN-200", "Zinsen und Kapitalerträge", "Interest"),
        income("IN-300", "Erstattungen und Gutschriften", "Refunds received"),
        income("IN-400", "Eigenmittel der Mitglieder", "Member contributions (own funds)", REVIEW),
        income("IN-900", "Sonstige Einnahmen", "Other income", JUSTIFY),
        expense("EX-100", "Personalausgaben", "Staff costs"),
        expense("EX-110", "Gehälter und Löhne", "Salaries and wages"),
        expense("EX-120", "Arbeitgeberanteile und Umlagen", "Employer contributions"),
        expense("EX-130", "Lohnbuchhaltung", "Payroll service"),
        expense("EX-200", "Raumkosten (Miete, Nebenkosten, Reinigung)", "Premises"),
        expense("EX-300", "Geschäftsbedarf (Büromaterial, Porto, Druck)", "Office supplies and postage"),
        expense("EX-310", "Kommunikation (Telefon, Internet)", "Telecoms"),
        expense("EX-320", "EDV, Software, Hosting", "IT"),
        expense("EX-330", "Fachliteratur und Zeitschriften", "Literature"),
        expense("EX-340", "Kontoführung und Bankgebühren", "Bank fees"),
        expense("EX-400", "Öffentlichkeitsarbeit", "Public relations", REVIEW),
        expense("EX-410", "Veranstaltungen, Sitzungen, Klausuren", "Events, meetings, retreats"),
        expense("EX-500", "Fortbildung", "Training"),
        expense("EX-510", "Reisekosten", "Travel", REVIEW),
        expense("EX-520", "Bewirtung und Erfrischungen", "Hospitality", REVIEW),
        expense("EX-600", "Sachverständige, Beratung, Rechtskosten", "Experts, advice, legal costs"),
        expense("EX-610", "Mitgliedsbeiträge (kommunalpolitische Vereinigungen)", "Membership fees"),
        expense("EX-700", "Anschaffungen und Inventar", "Equipment and inventory"),
        expense("EX-800", "Funktionszulagen an Mitglieder", "Payments to members for caucus functions", REVIEW),
        expense("EX-900", "Sonstige Ausgaben", "Other expenses", JUSTIFY)));

    private final String version;
    private final Map<String, OfficialCategory> byCode;

    public OfficialCatalogue(String version, List<OfficialCategory> items) {
        this.version = Objects.requireNonNull(version, "version");
        Map<String, OfficialCategory> map = new LinkedHashMap<>();
        for (OfficialCategory item : items) {
            if (map.put(item.code(), item) != null) {
                throw new IllegalArgumentException("duplicate official code " + item.code());
            }
        }
        this.byCode = Collections.unmodifiableMap(map);
    }

    /** The catalogue version CET ships with. */
    public static OfficialCatalogue current() {
        return V2026_1;
    }

    public String version() {
        return version;
    }

    /** All categories in catalogue order (income first, then expenses, by code). */
    public List<OfficialCategory> items() {
        return new ArrayList<>(byCode.values());
    }

    public Optional<OfficialCategory> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /** The category for a code a caller supplied; an unknown code is the caller's error. */
    public OfficialCategory require(String code) {
        return find(code).orElseThrow(() ->
            new InvalidInputException("officialCode", "is not in the official catalogue " + version));
    }

    private static OfficialCategory income(String code, String de, String en, CategoryFlag... flags) {
        return new OfficialCategory(code, de, en, INCOME, Set.of(flags));
    }

    private static OfficialCategory expense(String code, String de, String en, CategoryFlag... flags) {
        return new OfficialCategory(code, de, en, EXPENSE, Set.of(flags));
    }
}
