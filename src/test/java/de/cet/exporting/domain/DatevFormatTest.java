package de.cet.exporting.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.exporting.DatevFile;
import de.cet.ledger.domain.catalogue.OfficialCatalogue;
import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DatevFormatTest {

    static final UUID BANK = UUID.randomUUID();
    static final UUID CASH = UUID.randomUUID();
    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final LocalDate END = LocalDate.of(2026, 12, 31);

    static LedgerEntry entry(LedgerEntry.Type type, String amount, String date, String code) {
        return new LedgerEntry(UUID.randomUUID(), type, Money.of(amount), LocalDate.parse(date), BANK, "BANK", null, null,
            code, false, false, false, null, null, null, null);
    }

    @Test
    void everyChartMapsTheWholeOfficialCatalogueToFourDigitAccounts() {
        Set<String> catalogue = OfficialCatalogue.current().items().stream().map(c -> c.code())
            .collect(Collectors.toCollection(TreeSet::new));
        for (SkrChart chart : SkrChart.values()) {
            assertEquals(catalogue, chart.officialCodes(), chart.name());
            for (String code : catalogue) {
                assertTrue(DatevAccount.isValid(chart.categoryAccount(code).number()));
            }
        }
        assertEquals("03", SkrChart.SKR03.code());
        assertEquals("04", SkrChart.SKR04.code());
        assertEquals("1200", SkrChart.SKR03.moneyAccount("BANK").number());
        assertEquals("1000", SkrChart.SKR03.moneyAccount("CASH").number());
        assertEquals("1800", SkrChart.SKR04.moneyAccount("BANK").number());
        assertEquals("1600", SkrChart.SKR04.moneyAccount("CASH").number());
        assertEquals("3500", SkrChart.SKR04.memberAccount().number());
        assertThrows(IllegalArgumentException.class, () -> SkrChart.SKR03.categoryAccount("XX-999"));
        assertThrows(NullPointerException.class, () -> SkrChart.SKR03.moneyAccount(null));
    }

    @Test
    void anAccountHasExactlyFourDigits() {
        assertEquals("0420", new DatevAccount("0420").toString());
        for (String wrong : new String[] {null, "", "420", "12000", "12a0", " 120"}) {
            assertFalse(DatevAccount.isValid(wrong), String.valueOf(wrong));
            assertThrows(IllegalArgumentException.class, () -> new DatevAccount(wrong));
        }
    }

    @Test
    void theMappingFallsBackToTheChartForWhatItDoesNotOverride() {
        DatevMapping mapping = new DatevMapping(SkrChart.SKR04, Map.of("EX-200", new DatevAccount("6305")),
            Map.of(BANK, new DatevAccount("1810")), new DatevAccount("3501"));
        assertEquals("6305", mapping.forCategory("EX-200").number());
        assertEquals("6815", mapping.forCategory("EX-300").number());
        assertEquals("1810", mapping.forMoneyAccount(BANK, "BANK").number());
        assertEquals("1600", mapping.forMoneyAccount(CASH, "CASH").number());
        assertEquals("3501", mapping.forMembers().number());
        assertEquals("3500", DatevMapping.defaults(SkrChart.SKR04).forMembers().number());
        assertThrows(IllegalArgumentException.class, () -> new DatevMapping(SkrChart.SKR03,
            Map.of("EX-999", new DatevAccount("4900")), Map.of(), null));
    }

    @Test
    void eachKindOfEntryDebitsAndCreditsTheRightAccounts() {
        DatevMapping m = DatevMapping.defaults(SkrChart.SKR03);
        BookingLine expense = BookingLine.of(entry(LedgerEntry.Type.EXPENSE, "3600.00", "2026-02-10", "EX-200"), m);
        assertEquals(List.of("4210", "1200", "S"), List.of(expense.account().number(), expense.contraAccount().number(),
            expense.side().name()));
        BookingLine income = BookingLine.of(entry(LedgerEntry.Type.INCOME, "12000.00", "2026-01-15", "IN-200"), m);
        assertEquals(List.of("1200", "2650", "S"), List.of(income.account().number(), income.contraAccount().number(),
            income.side().name()));
        LedgerEntry transfer = new LedgerEntry(UUID.randomUUID(), LedgerEntry.Type.TRANSFER, Money.of("300.00"),
            LocalDate.of(2026, 3, 1), BANK, "BANK", CASH, "CASH", null, false, false, false, null, null, null, null);
        BookingLine t = BookingLine.of(transfer, m);
        assertEquals(List.of("1000", "1200"), List.of(t.account().number(), t.contraAccount().number()));
        LedgerEntry advance = new LedgerEntry(UUID.randomUUID(), LedgerEntry.Type.EXPENSE, Money.of("45.60"),
            LocalDate.of(2026, 4, 12), BANK, "BANK", null, null, "EX-520", false, true, false, null, null, null, null);
        BookingLine a = BookingLine.of(advance, m);
        assertEquals(List.of("4650", "1700"), List.of(a.account().number(), a.contraAccount().number()));
        LedgerEntry payBack = new LedgerEntry(UUID.randomUUID(), LedgerEntry.Type.EXPENSE, Money.of("45.60"),
            LocalDate.of(2026, 4, 20), CASH, "CASH", null, null, null, false, false, true, null, null, null, null);
        BookingLine p = BookingLine.of(payBack, m);
        assertEquals(List.of("1700", "1000"), List.of(p.account().number(), p.contraAccount().number()));
        LedgerEntry reversal = new LedgerEntry(UUID.randomUUID(), LedgerEntry.Type.EXPENSE, Money.of("99.99"),
            LocalDate.of(2026, 5, 2), BANK, "BANK", null, null, "EX-340", true, false, false, "2026-0003", "R-1",
            "Sparkasse", "Gebühr");
        BookingLine r = BookingLine.of(reversal, m);
        assertEquals(List.of("4970", "1200", "H"), List.of(r.account().number(), r.contraAccount().number(), r.side().name()));
        assertEquals("2026-0003", r.documentField1(), "the receipt number before the reference");
        assertEquals("Sparkasse, Gebühr", r.text());
    }

    @Test
    void anEntryMustBeCompleteForItsType() {
        assertThrows(IllegalArgumentException.class, () -> entry(LedgerEntry.Type.EXPENSE, "0.00", "2026-01-01", "EX-200"));
        assertThrows(IllegalArgumentException.class, () -> entry(LedgerEntry.Type.EXPENSE, "1.00", "2026-01-01", null));
        assertThrows(IllegalArgumentException.class, () -> entry(LedgerEntry.Type.TRANSFER, "1.00", "2026-01-01", null));
        assertThrows(IllegalArgumentException.class, () -> new LedgerEntry(UUID.randomUUID(), LedgerEntry.Type.TRANSFER,
            Money.of("1.00"), START, BANK, "BANK", CASH, null, null, false, false, false, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new LedgerEntry(UUID.randomUUID(), LedgerEntry.Type.INCOME,
            Money.of("1.00"), START, BANK, "BANK", null, null, null, false, false, true, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new BookingLine(Money.of("-1.00"), BookingLine.Side.S,
            new DatevAccount("1200"), new DatevAccount("4900"), START, null, null));
        BookingLine blank = new BookingLine(Money.of("1.00"), BookingLine.Side.S, new DatevAccount("1200"),
            new DatevAccount("4900"), START, null, null);
        assertEquals("", blank.documentField1());
        assertEquals("", blank.text());
    }

    @Test
    void textsAreCleanedCutAndNeutralised() {
        assertEquals("RE2026/0042-A", DatevText.documentField("RE 2026/0042-A (Kopie)".replace(" (Kopie)", "")));
        assertEquals("RE20260042", DatevText.documentField("RE_2026.0042"));
        assertEquals("", DatevText.documentField(null));
        assertEquals(36, DatevText.documentField("X".repeat(50)).length());
        assertEquals("'=HYPERLINK(\"x\")", DatevText.bookingText(null, "=HYPERLINK(\"x\")"));
        assertEquals("'-5 Rabatt", DatevText.bookingText("  ", "-5 Rabatt"));
        assertEquals("Stadt", DatevText.bookingText("Stadt", null));
        assertEquals("a b", DatevText.bookingText(null, "a\r\nb".replace("\r\n", "\n")));
        assertEquals("", DatevText.bookingText(null, null));
        assertEquals(60, DatevText.bookingText("Y".repeat(40), "Z".repeat(40)).length());
        assertEquals("'+x", DatevText.headerText("+x", 30));
        assertEquals("", DatevText.headerText(null, 30));
        assertEquals(30, DatevText.headerText("L".repeat(31), 30).length());
    }

    @Test
    void theFileHasTheHeaderTheColumnsAndOneRowPerBookingInWindows1252WithCrlf() {
        DatevMapping m = DatevMapping.defaults(SkrChart.SKR04);
        List<BookingLine> lines = List.of(
            BookingLine.of(new LedgerEntry(UUID.randomUUID(), LedgerEntry.Type.EXPENSE, Money.of("1234.50"),
                LocalDate.of(2026, 3, 7), BANK, "BANK", null, null, "EX-320", false, false, false, "2026-0001", null,
                "Müller \"IT\"; Straße", "Domain 12 € – 日本"), m),
            BookingLine.of(entry(LedgerEntry.Type.INCOME, "0.05", "2026-12-31", "IN-200"), m));
        Buchungsstapel batch = new Buchungsstapel(29098, 55003, START, START, END, "CET 2026", SkrChart.SKR04,
            LocalDateTime.of(2027, 1, 30, 14, 4, 40, 439_000_000), lines);
        byte[] bytes = batch.toBytes();
        DatevFile file = DatevFile.parse(bytes);

        assertEquals("\"EXTF\";700;21;\"Buchungsstapel\";13;20270130140440439;;\"CE\";\"CET\";\"\";29098;55003;20260101;4;"
            + "20260101;20261231;\"CET 2026\";\"\";1;0;0;\"EUR\";;\"\";;;\"04\";;;\"\";\"\"", file.headerLine());
        assertEquals(31, file.header().size());
        assertEquals(125, file.columns().size());
        assertEquals(Buchungsstapel.COLUMNS, file.columns());
        assertEquals(2, file.rows().size());
        DatevFile.Row first = file.rows().get(0);
        assertEquals(125, first.cells().size());
        assertEquals("1234,50", first.get("Umsatz (ohne Soll/Haben-Kz)"));
        assertEquals("S", first.get("Soll/Haben-Kennzeichen"));
        assertEquals("EUR", first.get("WKZ Umsatz"));
        assertEquals("6495", first.get("Konto"));
        assertEquals("1800", first.get("Gegenkonto (ohne BU-Schlüssel)"));
        assertEquals("", first.get("BU-Schlüssel"));
        assertEquals("0703", first.get("Belegdatum"));
        assertEquals("2026-0001", first.get("Belegfeld 1"));
        assertEquals("Müller \"IT\"; Straße, Domain 12 € – ??", first.get("Buchungstext"),
            "umlauts, € and the dash survive Windows-1252; what it cannot hold becomes ?");
        assertEquals("0,05", file.rows().get(1).get("Umsatz (ohne Soll/Haben-Kz)"));
        assertEquals("3112", file.rows().get(1).get("Belegdatum"));
        assertEquals("EXTF_Buchungsstapel_20260101_20261231.csv", batch.fileName());
        assertEquals((byte) 0x80, bytes[new String(bytes, Buchungsstapel.CHARSET).indexOf('€')], "€ is 0x80 in Windows-1252");
        assertFalse(new String(bytes, Buchungsstapel.CHARSET).startsWith("\uFEFF"), "no byte order mark");
        assertArrayEquals(bytes, batch.toBytes(), "the same batch, the same bytes");
    }

    @Test
    void aBatchWithoutNumbersLeavesThemEmptyAndRefusesWhatDatevWouldRefuse() {
        Buchungsstapel empty = new Buchungsstapel(null, null, START, START, END, null, SkrChart.SKR03,
            LocalDateTime.of(2027, 1, 1, 0, 0), List.of());
        DatevFile file = DatevFile.parse(empty.toBytes());
        assertEquals("", file.header().get(10));
        assertEquals("", file.header().get(11));
        assertEquals("03", file.header().get(26));
        assertTrue(file.rows().isEmpty());
        LocalDateTime now = LocalDateTime.of(2027, 1, 1, 0, 0);
        assertThrows(IllegalArgumentException.class, () -> new Buchungsstapel(1000, null, START, START, END, "", SkrChart.SKR03, now, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Buchungsstapel(10_000_000, null, START, START, END, "", SkrChart.SKR03, now, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Buchungsstapel(null, 0, START, START, END, "", SkrChart.SKR03, now, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Buchungsstapel(null, 100_000, START, START, END, "", SkrChart.SKR03, now, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Buchungsstapel(null, null, START, END, START, "", SkrChart.SKR03, now, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Buchungsstapel(null, null, START, START, END.plusDays(1), "", SkrChart.SKR03, now, List.of()),
            "thirteen months would make DDMM ambiguous");
        assertThrows(IllegalArgumentException.class, () -> new Buchungsstapel(null, null, START, START.minusDays(1), END, "", SkrChart.SKR03, now, List.of()));
        BookingLine outside = BookingLine.of(entry(LedgerEntry.Type.INCOME, "1.00", "2027-01-01", "IN-200"),
            DatevMapping.defaults(SkrChart.SKR03));
        assertThrows(IllegalArgumentException.class, () -> new Buchungsstapel(null, null, START, START, END, "", SkrChart.SKR03, now, List.of(outside)));
        BookingLine before = BookingLine.of(entry(LedgerEntry.Type.INCOME, "1.00", "2025-12-31", "IN-200"),
            DatevMapping.defaults(SkrChart.SKR03));
        assertThrows(IllegalArgumentException.class, () -> new Buchungsstapel(null, null, START, START, END, "", SkrChart.SKR03, now, List.of(before)));
        assertTrue(Buchungsstapel.fitsOneFiscalYear(START, LocalDate.of(2026, 7, 1), END));
    }

    @Test
    void aSlugIsShortLowerCaseAndUrlSafe() {
        assertNull(PublicSlug.problem("fraktion-musterstadt"));
        assertNull(PublicSlug.problem("abc"));
        for (String wrong : new String[] {"ab", "a".repeat(61), "Fraktion", "-abc", "abc-", "a b c", "ä-b-c", "a/b/c", "../x"}) {
            assertTrue(PublicSlug.problem(wrong) != null, wrong);
        }
    }
}
