package de.cet.reporting.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Names of the official category catalogue (PRODUCT.md section 6, version 1) in the report languages.
 * Reports that leave the caucus name categories only by these codes and names, never by the book's
 * own category names.
 */
public final class OfficialCategories {

    public static final int CATALOGUE_VERSION = 1;

    private record Names(String de, String en) {
    }

    private static final Map<String, Names> CATALOGUE = new LinkedHashMap<>();

    static {
        entry("IN-100", "Zuwendungen der Kommune", "Municipal grants");
        entry("IN-110", "Sockelbetrag", "Base amount");
        entry("IN-120", "Pro-Kopf-Betrag", "Per-member amount");
        entry("IN-130", "Personalkostenzuschuss", "Staff-cost grant");
        entry("IN-140", "Miet- und Raumkostenpauschale", "Rent lump sum");
        entry("IN-150", "Einmalzuwendung (Erstausstattung)", "One-off grant (initial equipment)");
        entry("IN-200", "Zinsen und Kapitalerträge", "Interest");
        entry("IN-300", "Erstattungen und Gutschriften", "Refunds received");
        entry("IN-400", "Eigenmittel der Mitglieder", "Member contributions (own funds)");
        entry("IN-900", "Sonstige Einnahmen", "Other income");
        entry("EX-100", "Personalausgaben", "Staff costs");
        entry("EX-110", "Gehälter und Löhne", "Salaries and wages");
        entry("EX-120", "Arbeitgeberanteile und Umlagen", "Employer contributions");
        entry("EX-130", "Lohnbuchhaltung", "Payroll service");
        entry("EX-200", "Raumkosten (Miete, Nebenkosten, Reinigung)", "Premises");
        entry("EX-300", "Geschäftsbedarf (Büromaterial, Porto, Druck)", "Office supplies and postage");
        entry("EX-310", "Kommunikation (Telefon, Internet)", "Telecoms");
        entry("EX-320", "EDV, Software, Hosting", "IT");
        entry("EX-330", "Fachliteratur und Zeitschriften", "Literature");
        entry("EX-340", "Kontoführung und Bankgebühren", "Bank fees");
        entry("EX-400", "Öffentlichkeitsarbeit", "Public relations");
        entry("EX-410", "Veranstaltungen, Sitzungen, Klausuren", "Events, meetings, retreats");
        entry("EX-500", "Fortbildung", "Training");
        entry("EX-510", "Reisekosten", "Travel");
        entry("EX-520", "Bewirtung und Erfrischungen", "Hospitality");
        entry("EX-600", "Sachverständige, Beratung, Rechtskosten", "Experts, advice, legal costs");
        entry("EX-610", "Mitgliedsbeiträge (kommunalpolitische Vereinigungen)", "Membership fees");
        entry("EX-700", "Anschaffungen und Inventar", "Equipment and inventory");
        entry("EX-800", "Funktionszulagen an Mitglieder", "Payments to members for caucus functions");
        entry("EX-900", "Sonstige Ausgaben", "Other expenses");
    }

    private OfficialCategories() {
    }

    private static void entry(String code, String de, String en) {
        CATALOGUE.put(code, new Names(de, en));
    }

    public static boolean isKnown(String code) {
        return CATALOGUE.containsKey(code);
    }

    public static boolean isIncome(String code) {
        return code.startsWith("IN-");
    }

    /** The catalogue name in the language; an unknown code is named by itself rather than failing a report. */
    public static String name(String code, ReportLanguage language) {
        Names names = CATALOGUE.get(code);
        if (names == null) {
            return code;
        }
        return language == ReportLanguage.EN ? names.en() : names.de();
    }
}
