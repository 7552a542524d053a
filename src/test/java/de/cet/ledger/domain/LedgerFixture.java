package de.cet.ledger.domain;

import de.cet.books.domain.BookRole;
import de.cet.ledger.domain.account.Account;
import de.cet.ledger.domain.account.AccountType;
import de.cet.ledger.domain.account.Fund;
import de.cet.ledger.domain.account.Iban;
import de.cet.ledger.domain.catalogue.CategoryKind;
import de.cet.ledger.domain.catalogue.OfficialCatalogue;
import de.cet.ledger.domain.category.Category;
import de.cet.ledger.domain.common.Actor;
import de.cet.ledger.domain.common.BookRules;
import de.cet.ledger.domain.period.AccountingPeriod;
import de.cet.ledger.domain.period.Periods;
import de.cet.ledger.domain.transaction.LedgerContext;
import de.cet.ledger.domain.transaction.Transaction;
import de.cet.ledger.domain.transaction.TransactionContent;
import de.cet.ledger.domain.transaction.TransactionStatus;
import de.cet.ledger.domain.transaction.TransactionType;
import de.cet.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A caucus book in 2026 with a bank and a cash account, a few categories and four people. */
public class LedgerFixture {

    public static final String VALID_IBAN = "DE89370400440532013000";
    public static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    public static final OfficialCatalogue CATALOGUE = OfficialCatalogue.current();

    public final UUID bookId = UUID.randomUUID();
    public final Actor treasurer = new Actor(UUID.randomUUID(), BookRole.TREASURER, false);
    public final Actor admin = new Actor(UUID.randomUUID(), BookRole.ADMIN, false);
    public final Actor chair = new Actor(UUID.randomUUID(), BookRole.MEMBER, true);
    public final Actor member = new Actor(UUID.randomUUID(), BookRole.MEMBER, false);
    public final Actor otherMember = new Actor(UUID.randomUUID(), BookRole.MEMBER, false);
    public final Actor auditor = new Actor(UUID.randomUUID(), BookRole.AUDITOR, false);

    public final Account bank = Account.open(UUID.randomUUID(), bookId, "Girokonto", AccountType.BANK, Fund.PUBLIC,
        Iban.of(VALID_IBAN), Money.of("1000.00"), LocalDate.of(2025, 1, 1));
    public final Account cash = Account.open(UUID.randomUUID(), bookId, "Barkasse", AccountType.CASH, Fund.PUBLIC,
        null, Money.of("50.00"), LocalDate.of(2025, 1, 1));
    public final Account ownBank = Account.open(UUID.randomUUID(), bookId, "Eigenmittel", AccountType.BANK, Fund.OWN,
        Iban.of("GB82WEST12345698765432"), Money.ZERO, LocalDate.of(2025, 1, 1));

    public final Category office = category("Büro", CategoryKind.EXPENSE, "EX-300");
    public final Category hospitality = category("Bewirtung", CategoryKind.EXPENSE, "EX-520");
    public final Category publicRelations = category("Öffentlichkeitsarbeit", CategoryKind.EXPENSE, "EX-400");
    public final Category equipment = category("Inventar", CategoryKind.EXPENSE, "EX-700");
    public final Category otherExpense = category("Sonstiges", CategoryKind.EXPENSE, "EX-900");
    public final Category travel = category("Reisen", CategoryKind.EXPENSE, "EX-510");
    public final Category memberPayments = category("Funktionszulagen", CategoryKind.EXPENSE, "EX-800");
    public final Category grants = category("Zuwendungen", CategoryKind.INCOME, "IN-100");
    public final Category contributions = category("Beiträge", CategoryKind.INCOME, "IN-400");
    public final Category otherIncome = category("Sonstige Einnahmen", CategoryKind.INCOME, "IN-900");

    public final AccountingPeriod year2025 = AccountingPeriod.open(UUID.randomUUID(), bookId, "2025",
        LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    public final AccountingPeriod year2026 = AccountingPeriod.open(UUID.randomUUID(), bookId, "2026",
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    public BookRules rules = BookRules.defaults();

    private final List<Category> categories = new ArrayList<>(List.of(office, hospitality, publicRelations, equipment,
        otherExpense, travel, memberPayments, grants, contributions, otherIncome));

    public Category category(String name, CategoryKind kind, String code) {
        return Category.create(UUID.randomUUID(), bookId, name, kind, code, "#112233", "🧾", CATALOGUE);
    }

    public LedgerContext context() {
        Map<UUID, Account> accounts = new HashMap<>();
        for (Account a : List.of(bank, cash, ownBank)) {
            accounts.put(a.id(), a);
        }
        Map<UUID, Category> cats = new HashMap<>();
        categories.forEach(c -> cats.put(c.id(), c));
        return new LedgerContext(bookId, rules, Periods.of(year2025, year2026), accounts, cats,
            Set.of(treasurer.userId(), admin.userId(), chair.userId(), member.userId(), otherMember.userId(),
                auditor.userId()));
    }

    public BookRules rules(boolean requireApproval, boolean fourEyes, String dualAbove, boolean requireReceipt) {
        rules = new BookRules(requireApproval, fourEyes, dualAbove == null ? null : Money.of(dualAbove), requireReceipt,
            null, BookRules.DEFAULT_PRE_ELECTION_WINDOW_DAYS);
        return rules;
    }

    /** An office-supplies expense of {@code amount} on the bank account, with a receipt. */
    public Builder expense(String amount) {
        return new Builder(TransactionType.EXPENSE, amount).account(bank.id()).category(office.id())
            .receipt(UUID.randomUUID());
    }

    public Builder income(String amount) {
        return new Builder(TransactionType.INCOME, amount).account(bank.id()).category(grants.id());
    }

    public Builder transfer(String amount, Account from, Account to) {
        return new Builder(TransactionType.TRANSFER, amount).account(from.id()).toAccount(to.id());
    }

    /** Small builder for transaction content: only the fields a test cares about differ from sensible defaults. */
    public class Builder {
        private TransactionType type;
        private Money amount;
        private LocalDate date = LocalDate.of(2026, 3, 1);
        private UUID accountId;
        private UUID toAccountId;
        private UUID categoryId;
        private String description = "Druckerpapier";
        private UUID paidBy;
        private UUID reimburses;
        private final List<UUID> receipts = new ArrayList<>();
        private String justification;
        private String eigenbeleg;

        Builder(TransactionType type, String amount) {
            this.type = type;
            this.amount = Money.of(amount);
        }

        public Builder date(LocalDate d) { this.date = d; return this; }
        public Builder date(String d) { this.date = LocalDate.parse(d); return this; }
        public Builder account(UUID id) { this.accountId = id; return this; }
        public Builder toAccount(UUID id) { this.toAccountId = id; return this; }
        public Builder category(UUID id) { this.categoryId = id; return this; }
        public Builder description(String d) { this.description = d; return this; }
        public Builder paidBy(UUID member) { this.paidBy = member; return this; }
        public Builder reimburses(UUID member) { this.reimburses = member; this.categoryId = null; return this; }
        public Builder receipt(UUID r) { this.receipts.add(r); return this; }
        public Builder noReceipt() { this.receipts.clear(); return this; }
        public Builder justification(String j) { this.justification = j; return this; }
        public Builder eigenbeleg(String e) { this.eigenbeleg = e; return this; }

        public TransactionContent data() {
            return TransactionContent.builder().type(type).amount(amount).date(date).accountId(accountId)
                .toAccountId(toAccountId).categoryId(categoryId).counterparty("Papier AG").description(description)
                .reference("R-1").paidByMemberId(paidBy).reimbursesMemberId(reimburses).receiptIds(receipts)
                .tags(List.of("office")).justification(justification).eigenbeleg(eigenbeleg).build();
        }

        public Transaction draftBy(Actor actor) {
            return Transaction.create(UUID.randomUUID(), data(), TransactionStatus.DRAFT, actor, context(), NOW);
        }

        public Transaction submittedBy(Actor actor) {
            return Transaction.create(UUID.randomUUID(), data(), TransactionStatus.SUBMITTED, actor, context(), NOW);
        }

        public Transaction booked() {
            return Transaction.create(UUID.randomUUID(), data(), TransactionStatus.BOOKED, treasurer, context(), NOW);
        }
    }
}
