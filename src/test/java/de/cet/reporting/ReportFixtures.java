package de.cet.reporting;

import de.cet.reporting.model.BalanceLine;
import de.cet.reporting.model.BalanceLineKind;
import de.cet.reporting.model.CategoryAmount;
import de.cet.reporting.model.ExpenseGroup;
import de.cet.reporting.model.ExpenseLine;
import de.cet.reporting.model.ExpenseReport;
import de.cet.reporting.model.Fund;
import de.cet.reporting.model.InventoryLine;
import de.cet.reporting.model.ReportLanguage;
import de.cet.reporting.model.ReportPeriod;
import de.cet.reporting.model.SignOff;
import de.cet.reporting.model.TransactionType;
import de.cet.reporting.model.TransparencyReport;
import de.cet.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Hand-computed reports of the caucus "Bürgerliste Süd" for 2026. The figures in the comments are the
 * ones the tests expect; they were added up by hand, not by the code under test.
 */
public final class ReportFixtures {

    public static final String BOOK = "Fraktion Bürgerliste Süd im Rat der Stadt Musterstadt";
    public static final ReportPeriod YEAR_2026 =
        new ReportPeriod("Haushaltsjahr 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    public static final UUID CHAIR = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    public static final UUID DEPUTY = UUID.fromString("00000000-0000-0000-0000-0000000000d2");
    public static final SignOff CHAIR_SIGNS =
        new SignOff(CHAIR, "Dr. Hannelore Weiß", Instant.parse("2027-02-10T09:30:00Z"));
    public static final SignOff DEPUTY_SIGNS =
        new SignOff(DEPUTY, "Jürgen Özdemir", Instant.parse("2027-02-11T14:05:00Z"));

    private ReportFixtures() {
    }

    private static Money eur(String amount) {
        return Money.parse(amount);
    }

    /**
     * PUBLIC fund 2026. Opening 2,500.00. Income 12,000.00 + 6,000.00 + 3.47 = 18,003.47. Expenses
     * 9,600.00 + 2,400.00 + 312.85 (350.00 paper and toner less a 37.15 reversal) + 154.20 + 899.00
     * (the two inventory items) = 13,366.05. Closing 2,500.00 + 18,003.47 − 13,366.05 = 7,137.42, of
     * which 4,637.42 is repaid and 2,500.00 carried over.
     */
    public static TransparencyReport publicFund(ReportLanguage language, SignOff... signOffs) {
        return new TransparencyReport(BOOK, YEAR_2026, Fund.PUBLIC, language, eur("2500.00"),
            List.of(
                CategoryAmount.of("IN-110", eur("12000.00"), language),
                CategoryAmount.of("IN-120", eur("6000.00"), language),
                CategoryAmount.of("IN-200", eur("3.47"), language)),
            List.of(
                CategoryAmount.of("EX-110", eur("9600.00"), language),
                CategoryAmount.of("EX-200", eur("2400.00"), language),
                CategoryAmount.of("EX-300", eur("312.85"), language),
                CategoryAmount.of("EX-520", eur("154.20"), language),
                CategoryAmount.of("EX-700", eur("899.00"), language)),
            List.of(
                new BalanceLine(BalanceLineKind.CARRY_OVER_FROM_PREVIOUS_PERIOD, eur("2500.00")),
                new BalanceLine(BalanceLineKind.TRANSFER_BANK_TO_CASH, eur("300.00")),
                new BalanceLine(BalanceLineKind.TRANSFER_CASH_TO_BANK, eur("45.50")),
                new BalanceLine(BalanceLineKind.REPAYMENT_TO_MUNICIPALITY, eur("4637.42")),
                new BalanceLine(BalanceLineKind.CARRY_OVER_TO_NEXT_PERIOD, eur("2500.00"))),
            List.of(
                new InventoryLine("Rollcontainer, Größe M", LocalDate.of(2026, 1, 1), eur("249.00")),
                new InventoryLine("Laptop für die Geschäftsstelle", LocalDate.of(2026, 12, 31), eur("650.00"))),
            List.of(signOffs));
    }

    /** OWN fund 2026: opening 120.00 + member contributions 240.00 − other 35.00 = closing 325.00. */
    public static TransparencyReport ownFund(ReportLanguage language) {
        return new TransparencyReport(BOOK, YEAR_2026, Fund.OWN, language, eur("120.00"),
            List.of(CategoryAmount.of("IN-400", eur("240.00"), language)),
            List.of(CategoryAmount.of("EX-900", eur("35.00"), language)),
            List.of(), List.of(), List.of());
    }

    /**
     * The year's booked entries of both funds. Income 12,000.00 + 240.00 = 12,240.00. Expenses 350.00
     * − 37.15 (reversal) + 12.40 (an advance) + 154.20 = 479.45. Balance 11,760.55. The 300.00
     * transfer counts in neither. Office supplies subtotal −350.00 + 37.15 − 12.40 = −325.25.
     */
    public static ExpenseReport year(ReportLanguage language) {
        return new ExpenseReport(BOOK, YEAR_2026.start(), YEAR_2026.end(), "", language, List.of(
            new ExpenseGroup("Büromaterial", "EX-300", List.of(
                new ExpenseLine(LocalDate.of(2026, 1, 1), List.of("2026-001"), "Schreibwaren Müller",
                    "Druckerpapier und Toner", "RE-4711", TransactionType.EXPENSE, false, eur("350.00"), null,
                    eur("-350.00")),
                new ExpenseLine(LocalDate.of(2026, 3, 15), List.of("2026-014"), "Schreibwaren Müller",
                    "Storno: Toner zurückgegeben", "GS-0815", TransactionType.EXPENSE, true, eur("37.15"), null,
                    eur("37.15")),
                new ExpenseLine(LocalDate.of(2026, 12, 31), List.of("2026-098", "2026-099"), "Deutsche Post AG",
                    "Porto Jahresbericht", "", TransactionType.EXPENSE, false, eur("12.40"), "Jana Öztürk",
                    eur("-12.40")))),
            new ExpenseGroup("Bewirtung", "EX-520", List.of(
                new ExpenseLine(LocalDate.of(2026, 6, 10), List.of("2026-040"), "Café Größenwahn",
                    "Bewirtung beim Besuch des Bürgermeisters", "", TransactionType.EXPENSE, false,
                    eur("154.20"), null, eur("-154.20")))),
            new ExpenseGroup("Fraktionszuwendung", "IN-110", List.of(
                new ExpenseLine(LocalDate.of(2026, 1, 2), List.of(), "Stadt Musterstadt",
                    "Sockelbetrag 2026", "Az. 10.2-2026", TransactionType.INCOME, false, eur("12000.00"), null,
                    eur("12000.00")))),
            new ExpenseGroup("Mitgliedsbeiträge", "IN-400", List.of(
                new ExpenseLine(LocalDate.of(2026, 2, 5), List.of("2026-005"), "Mitglieder",
                    "Eigenmittel 2026", "", TransactionType.INCOME, false, eur("240.00"), null,
                    eur("240.00")))),
            new ExpenseGroup(language == ReportLanguage.EN ? "Transfers" : "Umbuchungen", null, List.of(
                new ExpenseLine(LocalDate.of(2026, 4, 20), List.of("2026-020"), "",
                    "Bargeld für die Kasse", "", TransactionType.TRANSFER, false, eur("300.00"), null,
                    Money.ZERO)))));
    }

    /** {@code count} expenses of 1.00 to 100.00 spread over 12 categories and the year. */
    public static ExpenseReport large(int count) {
        String[] codes = {"EX-110", "EX-200", "EX-300", "EX-310", "EX-320", "EX-330", "EX-340", "EX-400",
            "EX-410", "EX-500", "EX-510", "EX-520"};
        List<List<ExpenseLine>> lines = new ArrayList<>();
        for (int g = 0; g < codes.length; g++) {
            lines.add(new ArrayList<>());
        }
        for (int i = 0; i < count; i++) {
            LocalDate date = YEAR_2026.start().plusDays(i % 365);
            lines.get(i % codes.length).add(new ExpenseLine(date, List.of(String.format("2026-%05d", i + 1)),
                "Lieferant Nr. " + (i % 97), "Position " + (i + 1) + " – Bürobedarf für die Geschäftsstelle",
                "RE-" + i, TransactionType.EXPENSE, false, Money.ofCents(100 + (i % 100) * 100L), null,
                Money.ofCents(-(100 + (i % 100) * 100L))));
        }
        List<ExpenseGroup> groups = new ArrayList<>();
        for (int g = 0; g < codes.length; g++) {
            groups.add(new ExpenseGroup("Kategorie " + codes[g], codes[g], lines.get(g)));
        }
        return new ExpenseReport(BOOK, YEAR_2026.start(), YEAR_2026.end(), "Typ: Ausgabe", ReportLanguage.DE, groups);
    }
}
