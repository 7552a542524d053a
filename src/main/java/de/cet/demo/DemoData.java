package de.cet.demo;

import de.cet.books.application.BookService;
import de.cet.books.application.BookSettings;
import de.cet.books.application.MembershipService;
import de.cet.books.domain.BookKind;
import de.cet.books.domain.BookRole;
import de.cet.identity.application.PasswordHasher;
import de.cet.identity.application.PasswordPolicy;
import de.cet.identity.domain.IdentityRepository;
import de.cet.identity.domain.User;
import de.cet.ledger.application.AccountService;
import de.cet.ledger.application.CategoryService;
import de.cet.ledger.application.PeriodService;
import de.cet.ledger.application.ReceiptService;
import de.cet.ledger.application.TransactionService;
import de.cet.ledger.application.TransactionService.NewTransaction;
import de.cet.ledger.domain.account.AccountType;
import de.cet.ledger.domain.account.Fund;
import de.cet.ledger.domain.category.Category;
import de.cet.ledger.domain.period.AccountingPeriod;
import de.cet.ledger.domain.transaction.TransactionContent;
import de.cet.ledger.domain.transaction.TransactionStatus;
import de.cet.ledger.domain.transaction.TransactionType;
import de.cet.reporting.application.TransparencyReports;
import de.cet.shared.concurrency.ExpectedVersion;
import de.cet.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Creates the demo content through the application services, in one transaction: three users, a caucus
 * book with last year booked and closed and this year under way, and a household book. The demo
 * administrator's address marks a created demo: when it exists, nothing is created again.
 */
@ApplicationScoped
public class DemoData {

    public static final String ADMIN_EMAIL = "admin@cet.localhost";
    public static final String TREASURER_EMAIL = "treasurer@cet.localhost";
    public static final String MEMBER_EMAIL = "member@cet.localhost";
    /** Documented in the README; a demo is never a place for real data. Passes the password policy. */
    public static final String PASSWORD = "fern-lantern-harbor-27";

    /** What was created. */
    /** The address of the demo caucus's public transparency page: /api/v1/public/books/{slug}. */
    public static final String PUBLIC_SLUG = "demo-fraktion-musterstadt";

    public record Demo(UUID adminId, UUID treasurerId, UUID memberId, UUID caucusBookId, UUID householdBookId) {}

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final IdentityRepository identity;
    private final PasswordPolicy passwordPolicy;
    private final PasswordHasher hasher;
    private final BookService books;
    private final MembershipService memberships;
    private final AccountService accounts;
    private final CategoryService categories;
    private final PeriodService periods;
    private final ReceiptService receipts;
    private final TransactionService transactions;
    private final TransparencyReports transparency;
    private final de.cet.exporting.application.Publications publications;
    private final Clock clock;

    DemoData(IdentityRepository identity, PasswordPolicy passwordPolicy, PasswordHasher hasher, BookService books,
             MembershipService memberships, AccountService accounts, CategoryService categories, PeriodService periods,
             ReceiptService receipts, TransactionService transactions, TransparencyReports transparency,
             de.cet.exporting.application.Publications publications, Clock clock) {
        this.identity = identity;
        this.passwordPolicy = passwordPolicy;
        this.hasher = hasher;
        this.books = books;
        this.memberships = memberships;
        this.accounts = accounts;
        this.categories = categories;
        this.periods = periods;
        this.receipts = receipts;
        this.transactions = transactions;
        this.transparency = transparency;
        this.publications = publications;
        this.clock = clock;
    }

    /** Creates the demo unless its administrator exists; answers what was created. */
    @Transactional
    public Optional<Demo> create() {
        if (identity.userByEmail(ADMIN_EMAIL).isPresent()) {
            return Optional.empty();
        }
        String hash = hasher.hash(PASSWORD);
        UUID admin = user(ADMIN_EMAIL, "Alex Vorsitz", hash, true);
        UUID treasurer = user(TREASURER_EMAIL, "Tereza Kasse", hash, false);
        UUID member = user(MEMBER_EMAIL, "Milan Mitglied", hash, false);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        UUID caucus = new CaucusYear(admin, treasurer, member, today).create();
        UUID household = household(admin, today);
        LOG.infof("Demo instance created. Sign in as %s, %s or %s with the password %s "
            + "(the web app at /, POST /api/v1/auth/login, or the Swagger UI at /q/swagger-ui).", ADMIN_EMAIL, TREASURER_EMAIL,
            MEMBER_EMAIL, PASSWORD);
        return Optional.of(new Demo(admin, treasurer, member, caucus, household));
    }

    private UUID user(String email, String displayName, String hash, boolean instanceAdmin) {
        passwordPolicy.check("password", PASSWORD, email, displayName);
        User user = User.invited(email, displayName, hash, "de", instanceAdmin, clock.instant());
        identity.addUser(user);
        identity.flush();
        return user.id();
    }

    private UUID household(UUID admin, LocalDate today) {
        int year = today.getYear();
        BookSettings book = books.create(admin, new BookService.NewBook("Haushalt Vorsitz (Demo)", BookKind.HOUSEHOLD,
            "EUR", "de", new BookService.FirstPeriodInput(String.valueOf(year), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31))));
        UUID id = book.bookId();
        books.changeSettings(id, admin, new ExpectedVersion(book.version(), false), new BookService.SettingsChange(
            null, false, false, null, false, false, null, false, null, null));
        UUID bank = accounts.create(id, admin, new AccountService.NewAccount("Gemeinschaftskonto", AccountType.BANK,
            Fund.OWN, "DE02120300000000202051", Money.of("1500.00"), LocalDate.of(year, 1, 1))).account().id();
        Map<String, UUID> byName = new HashMap<>();
        categories.list(id, admin).forEach(c -> byName.put(c.name(), c.id()));
        LocalDate jan = LocalDate.of(year, 1, 1);
        book(id, admin, expense("950.00", upTo(jan, today), bank, byName.get("Rent"), "Hausverwaltung Lindenhof",
            "Miete Januar", List.of(pdf(id, admin, "miete-januar.pdf", "Hausverwaltung Lindenhof", "M-" + year + "-01",
                upTo(jan, today), "Miete Januar, Wohnung 3 links", "950,00"))));
        book(id, admin, expense("64.35", upTo(jan.plusDays(2), today), bank, byName.get("Groceries"), "Markthalle",
            "Wocheneinkauf", List.of(png(id, admin, "kassenbon-markthalle.png", 101))));
        book(id, admin, expense("78.00", upTo(jan.plusDays(9), today), bank, byName.get("Utilities"), "Stadtwerke Musterstadt",
            "Abschlag Strom", List.of(pdf(id, admin, "stadtwerke-abschlag.pdf", "Stadtwerke Musterstadt", "SW-" + year + "-1184",
                upTo(jan.plusDays(9), today), "Abschlag Strom Januar", "78,00"))));
        return id;
    }

    /** The caucus book: last year booked and closed, this year started. */
    private final class CaucusYear {
        final UUID admin;
        final UUID treasurer;
        final UUID member;
        final LocalDate today;
        final int last;
        UUID book;
        UUID bank;
        UUID cash;
        final Map<String, UUID> category = new HashMap<>();
        int slip = 1;

        CaucusYear(UUID admin, UUID treasurer, UUID member, LocalDate today) {
            this.admin = admin;
            this.treasurer = treasurer;
            this.member = member;
            this.today = today;
            this.last = today.getYear() - 1;
        }

        UUID create() {
            BookSettings settings = books.create(admin, new BookService.NewBook(
                "Fraktion Bürgerliste im Rat der Stadt Musterstadt (Demo)", BookKind.CAUCUS, "EUR", "de",
                new BookService.FirstPeriodInput(String.valueOf(last), day(1, 1), day(12, 31))));
            book = settings.bookId();
            // the chair and the treasurer sign the transparency reports; four eyes on every claim
            memberships.addMember(book, treasurer, BookRole.TREASURER, true);
            memberships.addMember(book, member, BookRole.MEMBER, false);
            memberships.change(book, admin, admin, null, true);
            books.changeSettings(book, admin, new ExpectedVersion(settings.version(), false), new BookService.SettingsChange(
                null, false, true, Money.of("1000.00"), false, true, null, false, null, null));
            bank = accounts.create(book, treasurer, new AccountService.NewAccount("Girokonto Sparkasse", AccountType.BANK,
                Fund.PUBLIC, "DE89370400440532013000", Money.of("2350.00"), day(1, 1))).account().id();
            cash = accounts.create(book, treasurer, new AccountService.NewAccount("Handkasse", AccountType.CASH,
                Fund.PUBLIC, null, Money.of("80.00"), day(1, 1))).account().id();
            for (Category c : categories.list(book, treasurer)) {
                category.putIfAbsent(c.officialCode(), c.id());
            }
            lastYear();
            AccountingPeriod year = periods.list(book, treasurer).stream()
                .filter(p -> p.name().equals(String.valueOf(last))).findFirst().orElseThrow();
            periods.close(book, treasurer, year.id());
            transparency.signOff(book, admin, year.id());
            // both signatories sign, so last year's report is final and the demo's public page shows it
            transparency.signOff(book, treasurer, year.id());
            publications.change(book, admin, new ExpectedVersion(0, false), true, PUBLIC_SLUG);
            thisYear();
            return book;
        }

        void lastYear() {
            income("IN-110", "6000.00", day(1, 15), "Stadt Musterstadt", "Sockelbetrag 1. Halbjahr", "Bescheid 20.1-" + last + "/01");
            income("IN-120", "4200.00", day(1, 15), "Stadt Musterstadt", "Pro-Kopf-Betrag, 7 Mitglieder", "Bescheid 20.1-" + last + "/01");
            income("IN-140", "1800.00", day(2, 1), "Stadt Musterstadt", "Miet- und Raumkostenpauschale", "Bescheid 20.1-" + last + "/02");
            income("IN-110", "6000.00", day(7, 15), "Stadt Musterstadt", "Sockelbetrag 2. Halbjahr", "Bescheid 20.1-" + last + "/07");
            income("IN-200", "3.12", day(12, 30), "Sparkasse Musterstadt", "Zinsen " + last, null);
            for (int quarter = 0; quarter < 4; quarter++) {
                LocalDate due = day(1 + 3 * quarter, 1);
                invoice("EX-200", "450.00", due, bank, "Immobilien Lindenhof GmbH", "Miete Fraktionsbüro Q" + (quarter + 1),
                    "LH-" + last + "-" + (quarter + 1), "Miete Fraktionsbüro, Quartal " + (quarter + 1));
            }
            invoice("EX-610", "120.00", day(2, 10), bank, "Kommunalpolitische Vereinigung e. V.", "Mitgliedsbeitrag " + last,
                "KPV-" + last + "-0071", "Jahresbeitrag Fraktionsmitgliedschaft");
            invoice("EX-320", "119.00", day(2, 20), bank, "Hostingwerk GmbH", "Webhosting und Domain der Fraktion",
                "HW-88412", "Webhosting Paket S, 12 Monate");
            transactions.create(book, treasurer, null, new NewTransaction(TransactionContent.builder()
                    .type(TransactionType.TRANSFER).amount(Money.of("200.00")).date(day(3, 1)).accountId(bank)
                    .toAccountId(cash).description("Bargeld für die Handkasse").build(), TransactionStatus.BOOKED));
            slip("EX-300", "23.45", day(3, 5), "Schreibwaren Becker", "Ordner, Kopierpapier, Briefumschläge");
            invoice("EX-310", "39.90", day(3, 15), bank, "Telekom Deutschland", "Telefon und Internet März",
                "T-" + last + "-03", "Festnetz und Internet, März");
            invoice("EX-340", "9.90", day(3, 31), bank, "Sparkasse Musterstadt", "Kontoführung Q1",
                "KTO-Q1", "Kontoführungsentgelt 1. Quartal");
            invoice("EX-330", "48.00", day(4, 8), bank, "Fachbuchhandlung am Rathaus", "Kommentar zur Gemeindeordnung",
                "FB-2291", "Gemeindeordnung, Kommentar, 12. Auflage");
            // a wrong booking, reversed by a linked entry, then the right one
            UUID statement = pdf(book, treasurer, "kontoauszug-q2.pdf", "Sparkasse Musterstadt", "KTO-Q2",
                day(5, 2), "Kontoführungsentgelt 2. Quartal", "9,90");
            UUID wrong = book(book, treasurer, expense("99.00", day(5, 2), bank, category.get("EX-340"),
                "Sparkasse Musterstadt", "Kontoführung Q2", List.of(statement)));
            transactions.reverse(book, treasurer, wrong, "Betrag falsch erfasst: 9,90 statt 99,00", day(5, 3));
            book(book, treasurer, expense("9.90", day(5, 3), bank, category.get("EX-340"), "Sparkasse Musterstadt",
                "Kontoführung Q2", List.of(statement)));
            // a member paid a train ticket privately: the claim is approved (four eyes), booked and paid back
            UUID ticket = pdf(book, member, "bahnticket-fachtagung.pdf", "Deutsche Bahn", "DB-" + last + "-77310",
                day(5, 20), "Fahrkarte Musterstadt - Landeshauptstadt und zurück", "86,40");
            UUID advance = transactions.create(book, member, null, new NewTransaction(TransactionContent.builder()
                    .type(TransactionType.EXPENSE).amount(Money.of("86.40")).date(day(5, 20)).accountId(bank)
                    .categoryId(category.get("EX-510")).counterparty("Deutsche Bahn")
                    .description("Bahnfahrt zur Fachtagung Kommunalfinanzen, Hin- und Rückfahrt")
                    .paidByMemberId(member).receiptIds(List.of(ticket)).tags(List.of("Fachtagung"))
                    .build(), TransactionStatus.SUBMITTED)).transaction().id();
            transactions.approve(book, treasurer, advance);
            transactions.book(book, treasurer, advance, null, null);
            transactions.create(book, treasurer, null, new NewTransaction(TransactionContent.builder()
                    .type(TransactionType.EXPENSE).amount(Money.of("86.40")).date(day(5, 28)).accountId(bank)
                    .counterparty("Milan Mitglied").description("Erstattung Bahnfahrt Fachtagung")
                    .reimbursesMemberId(member).build(), TransactionStatus.BOOKED));
            slip("EX-300", "17.00", day(6, 10), "Deutsche Post", "Briefmarken für die Einladungen");
            // EX-700: the notebook goes into the inventory register when it is booked
            invoice("EX-700", "899.00", day(6, 18), bank, "Computerhaus Musterstadt", "Notebook für die Geschäftsstelle",
                "CH-" + last + "-1502", "Notebook 14 Zoll, 16 GB, inkl. Einrichtung");
            invoice("EX-600", "350.00", day(8, 12), bank, "Kanzlei Dr. Sommer", "Rechtsberatung Akteneinsichtsrecht",
                "KS-" + last + "-044", "Beratung zum Akteneinsichtsrecht der Fraktion, 2 Stunden");
            invoice("EX-310", "39.90", day(9, 15), bank, "Telekom Deutschland", "Telefon und Internet September",
                "T-" + last + "-09", "Festnetz und Internet, September");
            invoice("EX-410", "480.00", day(9, 27), bank, "Tagungshaus am See", "Klausurtagung der Fraktion",
                "TS-" + last + "-310", "Tagungsraum und Verpflegung, 1 Tag, 8 Personen");
            invoice("EX-500", "190.00", day(10, 14), bank, "Kommunalakademie", "Seminar Haushaltsrecht",
                "KA-" + last + "-5521", "Seminar Kommunales Haushaltsrecht, 1 Teilnehmerin");
            invoice("EX-400", "420.00", day(10, 30), bank, "Druckerei Weiß", "Flyer zur Bürgersprechstunde",
                "DW-" + last + "-0912", "Flyer DIN lang, 2.000 Stück");
            slip("EX-520", "64.30", day(11, 5), "Café Rathausplatz",
                "Bewirtung Fraktionssitzung; Teilnehmende: A. Vorsitz, T. Kasse, M. Mitglied und drei Gäste");
        }

        void thisYear() {
            int year = today.getYear();
            LocalDate jan = LocalDate.of(year, 1, 1);
            income("IN-110", "6000.00", upTo(jan.plusDays(14), today), "Stadt Musterstadt", "Sockelbetrag 1. Halbjahr",
                "Bescheid 20.1-" + year + "/01");
            // a claim rejected for a missing list of attendees, reworked into a new draft by the member
            UUID receipt = png(book, member, "bewirtung-kassenbon.png", slip++);
            UUID rejected = transactions.create(book, member, null, new NewTransaction(TransactionContent.builder()
                    .type(TransactionType.EXPENSE).amount(Money.of("38.70")).date(upTo(jan.plusDays(19), today))
                    .accountId(bank).categoryId(category.get("EX-520")).counterparty("Bäckerei Korn")
                    .description("Getränke und Gebäck Fraktionssitzung").paidByMemberId(member)
                    .receiptIds(List.of(receipt)).build(), TransactionStatus.SUBMITTED)).transaction().id();
            transactions.reject(book, treasurer, rejected, "Bitte die Teilnehmenden der Sitzung angeben (Bewirtungsnachweis).");
            transactions.rework(book, member, rejected);
            // a claim waiting for its approval: four eyes, so neither the member nor the submitter approves it
            UUID ticket = pdf(book, member, "bahnticket-kreistag.pdf", "Deutsche Bahn", "DB-" + year + "-01184",
                upTo(jan.plusDays(24), today), "Fahrkarte Musterstadt - Kreisstadt und zurück", "24,60");
            transactions.create(book, member, null, new NewTransaction(TransactionContent.builder()
                    .type(TransactionType.EXPENSE).amount(Money.of("24.60")).date(upTo(jan.plusDays(24), today))
                    .accountId(bank).categoryId(category.get("EX-510")).counterparty("Deutsche Bahn")
                    .description("Fahrt zur Kreistagssitzung als Sachkundiger Bürger").paidByMemberId(member)
                    .receiptIds(List.of(ticket)).build(), TransactionStatus.SUBMITTED));
        }

        LocalDate day(int month, int dayOfMonth) {
            return LocalDate.of(last, month, dayOfMonth);
        }

        void income(String code, String amount, LocalDate date, String counterparty, String description, String reference) {
            transactions.create(book, treasurer, null, new NewTransaction(TransactionContent.builder()
                    .type(TransactionType.INCOME).amount(Money.of(amount)).date(date).accountId(bank)
                    .categoryId(category.get(code)).counterparty(counterparty).description(description)
                    .reference(reference).build(), TransactionStatus.BOOKED));
        }

        void invoice(String code, String amount, LocalDate date, UUID account, String vendor, String description,
                     String number, String item) {
            UUID receipt = pdf(book, treasurer, "rechnung-" + number.toLowerCase() + ".pdf", vendor, number, date, item,
                amount.replace('.', ','));
            NewTransaction tx = expense(amount, date, account, category.get(code), vendor, description, List.of(receipt));
            book(book, treasurer, new NewTransaction(tx.content().toBuilder().reference(number).build(), TransactionStatus.BOOKED));
        }

        void slip(String code, String amount, LocalDate date, String vendor, String description) {
            UUID receipt = png(book, treasurer, "kassenbon-" + slip + ".png", slip++);
            book(book, treasurer, expense(amount, date, cash, category.get(code), vendor, description, List.of(receipt)));
        }
    }

    private UUID book(UUID bookId, UUID user, NewTransaction tx) {
        return transactions.create(bookId, user, null, tx).transaction().id();
    }

    private static NewTransaction expense(String amount, LocalDate date, UUID account, UUID category, String counterparty,
                                          String description, List<UUID> receiptIds) {
        return new NewTransaction(TransactionContent.builder().type(TransactionType.EXPENSE).amount(Money.of(amount))
                .date(date).accountId(account).categoryId(category).counterparty(counterparty)
                .description(description).receiptIds(receiptIds).build(), TransactionStatus.BOOKED);
    }

    private UUID pdf(UUID bookId, UUID user, String fileName, String vendor, String number, LocalDate date, String item,
                     String amount) {
        byte[] bytes = DemoReceipts.invoicePdf(vendor, number, date.toString(), item, amount);
        return receipts.upload(bookId, user, null, fileName, bytes).receipt().id();
    }

    private UUID png(UUID bookId, UUID user, String fileName, int seed) {
        return receipts.upload(bookId, user, null, fileName, DemoReceipts.tillSlipPng(seed)).receipt().id();
    }

    /** This year's dates are never after today: the demo shows what has happened so far. */
    private static LocalDate upTo(LocalDate date, LocalDate today) {
        return date.isAfter(today) ? today : date;
    }
}
