package de.cet.ledger.api;

import de.cet.books.domain.BookRole;
import de.cet.ledger.application.LedgerQueries;
import de.cet.ledger.domain.account.Account;
import de.cet.ledger.domain.account.AccountRepository;
import de.cet.ledger.domain.account.Fund;
import de.cet.ledger.domain.balance.AdvanceCalculator;
import de.cet.ledger.domain.balance.BalanceCalculator;
import de.cet.ledger.domain.transaction.Transaction;
import de.cet.ledger.domain.transaction.TransactionRepository;
import de.cet.reporting.application.ReportingQueries;
import de.cet.shared.money.Money;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.cet.ledger.api.LedgerFixtures.books;
import static de.cet.ledger.api.LedgerFixtures.category;
import static de.cet.ledger.api.LedgerFixtures.record;
import static de.cet.ledger.api.LedgerFixtures.tx;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The one money rule (ADR 0003) is written twice — in SQL (V100: {@code ledger_booked_effect},
 * {@code ledger_balances}) for balances, advances and reports, and in Java ({@code Transaction.effectOn},
 * {@code BalanceCalculator}, {@code AdvanceCalculator}) for the in-memory policies. Both run over one book
 * and must give the same figure for every account, fund and member on every day, at the start and at the
 * end of the day.
 *
 * <pre>
 * PUBLIC bank  opens 1 000.00 on 2026-01-01 (the period's first day)
 * PUBLIC cash  opens    50.00 on 2025-12-30
 * OWN    bank  opens   200.00 on 2025-12-28
 * 01-01 grant IN-110 +5 000.00 (bank)         01-05 office EX-300 −682.44 (bank)
 * 01-12 transfer bank → cash 100.00           01-15 member's advance EX-520 30.00 (bank, no money moves)
 * 01-20 its reimbursement 30.00 (cash)        02-01 fees EX-340 99.99 (bank), reversed 02-03
 * 02-10 contributions IN-400 +150.00 (own)    02-11 refreshments EX-520 −20.00 (own)
 * 02-15 transfer own → bank 50.00             a DRAFT expense 500.00 and a SUBMITTED income 777.00 (no effect)
 * PUBLIC: income 5 000.00, expenses 682.44 + 30.00 = 712.44 (the reimbursement is not spending again)
 * </pre>
 */
@QuarkusTest
class LedgerRuleParityTest {

    private static final LocalDate FIRST = LocalDate.of(2025, 12, 26);
    private static final LocalDate LAST = LocalDate.of(2026, 3, 5);

    @Inject
    LedgerQueries ledger;
    @Inject
    ReportingQueries reporting;
    @Inject
    AccountRepository accounts;
    @Inject
    TransactionRepository transactions;

    @Test
    void sqlAndJavaGiveTheSameFiguresForEveryAccountFundAndMemberOnEveryDay() {
        Actor treasurer = Actors.user("Tina Treasurer");
        UUID book = LedgerFixtures.caucusBook(treasurer, 2026);
        LedgerFixtures.settings(treasurer, book, Map.of("fourEyes", false, "requireApproval", false,
            "requireReceipt", false));
        Actor member = Actors.member(book, BookRole.MEMBER);
        UUID bank = LedgerFixtures.bankAccount(treasurer, book, "1000.00", "2026-01-01");
        UUID cash = LedgerFixtures.cashAccount(treasurer, book, "50.00", "2025-12-30");
        UUID own = LedgerFixtures.account(treasurer, book, Map.of("name", "Eigenmittel", "type", "BANK",
            "fund", "OWN", "iban", "DE02120300000000202051", "openingBalance", "200.00", "openingDate", "2025-12-28"));

        booked(treasurer, book, tx("INCOME", "5000.00", "2026-01-01", bank, category(treasurer, book, "IN-110")));
        booked(treasurer, book, tx("EXPENSE", "682.44", "2026-01-05", bank, category(treasurer, book, "EX-300")));
        Map<String, Object> toCash = tx("TRANSFER", "100.00", "2026-01-12", bank, null);
        toCash.put("toAccountId", cash.toString());
        booked(treasurer, book, toCash);
        Map<String, Object> advance = tx("EXPENSE", "30.00", "2026-01-15", bank, category(treasurer, book, "EX-520"));
        advance.put("paidByMemberId", member.id().toString());
        booked(treasurer, book, advance);
        Map<String, Object> payBack = tx("EXPENSE", "30.00", "2026-01-20", cash, null);
        payBack.put("reimbursesMemberId", member.id().toString());
        booked(treasurer, book, payBack);
        UUID wrong = booked(treasurer, book, tx("EXPENSE", "99.99", "2026-02-01", bank,
            category(treasurer, book, "EX-340")));
        treasurer.api().body(Map.of("reason", "wrong account", "date", "2026-02-03"))
            .post(books(book, "/transactions/" + wrong + "/reverse")).then().statusCode(201);
        booked(treasurer, book, tx("INCOME", "150.00", "2026-02-10", own, category(treasurer, book, "IN-400")));
        booked(treasurer, book, tx("EXPENSE", "20.00", "2026-02-11", own, category(treasurer, book, "EX-520")));
        Map<String, Object> between = tx("TRANSFER", "50.00", "2026-02-15", own, null);
        between.put("toAccountId", bank.toString());
        booked(treasurer, book, between);
        Map<String, Object> draft = tx("EXPENSE", "500.00", "2026-02-20", bank, category(treasurer, book, "EX-300"));
        draft.put("status", "DRAFT");
        record(treasurer, book, draft);
        Map<String, Object> submitted = tx("INCOME", "777.00", "2026-01-02", cash, category(treasurer, book, "IN-200"));
        submitted.put("status", "SUBMITTED");
        record(treasurer, book, submitted);

        List<Account> bookAccounts = QuarkusTransaction.requiringNew().call(() -> accounts.ofBook(book));
        List<Transaction> entries = QuarkusTransaction.requiringNew().call(() -> transactions.ofBook(book));
        assertEquals(12, entries.size(), "9 booked entries, a reversal, a draft and a submitted one");
        List<UUID> members = List.of(member.id(), treasurer.id());

        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            LocalDate d = day;
            List<Transaction> upToDay = entries.stream().filter(t -> !t.date().isAfter(d)).toList();
            Map<UUID, Money> sqlEnd = QuarkusTransaction.requiringNew().call(() -> ledger.balances(book, d));
            Map<UUID, Money> sqlStart = QuarkusTransaction.requiringNew().call(() -> ledger.balancesAtStartOf(book, d));
            for (Account account : bookAccounts) {
                assertEquals(BalanceCalculator.balanceOf(account, entries, d), sqlEnd.get(account.id()),
                    account.name() + " at the end of " + d);
                assertEquals(BalanceCalculator.balanceAtStartOf(account, entries, d), sqlStart.get(account.id()),
                    account.name() + " at the start of " + d);
            }
            Map<Fund, Money> javaFunds = BalanceCalculator.balancesByFund(bookAccounts, entries, d);
            for (Fund fund : Fund.values()) {
                Money sqlFund = bookAccounts.stream().filter(a -> a.fund() == fund).map(a -> sqlEnd.get(a.id()))
                    .reduce(Money.ZERO, Money::plus);
                assertEquals(javaFunds.get(fund), sqlFund, fund + " at the end of " + d);
            }

            Map<UUID, Money> sqlOwed = QuarkusTransaction.requiringNew().call(() -> ledger.openAdvances(book, d));
            for (UUID m : members) {
                assertEquals(AdvanceCalculator.openAdvanceOf(m, upToDay), sqlOwed.getOrDefault(m, Money.ZERO),
                    "owed to " + m + " at the end of " + d);
            }
            Map<de.cet.reporting.model.Fund, Money> sqlOwedByFund =
                QuarkusTransaction.requiringNew().call(() -> reporting.openAdvances(book, d));
            for (Fund fund : Fund.values()) {
                Money javaOwed = Money.ZERO;
                for (Transaction t : upToDay) {
                    if (fundOf(bookAccounts, t.accountId()) == fund) {
                        UUID m = t.paidByMemberId() != null ? t.paidByMemberId() : t.reimbursesMemberId();
                        javaOwed = m == null ? javaOwed : javaOwed.plus(t.advanceEffectFor(m));
                    }
                }
                assertEquals(javaOwed, sqlOwedByFund.get(de.cet.reporting.model.Fund.valueOf(fund.name())),
                    fund + " owes members at the end of " + d);

                Money javaIncome = Money.ZERO;
                Money javaExpense = Money.ZERO;
                for (Transaction t : entries) {
                    if (t.date().equals(d) && fundOf(bookAccounts, t.accountId()) == fund) {
                        javaIncome = javaIncome.plus(t.countedIncome());
                        javaExpense = javaExpense.plus(t.countedExpense());
                    }
                }
                List<ReportingQueries.CodeSum> sums = QuarkusTransaction.requiringNew().call(() ->
                    reporting.sumsByOfficialCode(book, de.cet.reporting.model.Fund.valueOf(fund.name()), d, d));
                assertEquals(javaIncome, sum(sums, "IN-"), fund + " income on " + d);
                assertEquals(javaExpense, sum(sums, "EX-"), fund + " expenses on " + d);
            }
        }

        // both sides of the opening edge, through the API
        treasurer.api().queryParam("date", "2025-12-31").get(books(book, "/accounts/" + bank)).then().statusCode(200)
            .body("balance", equalTo("0.00"));
        treasurer.api().queryParam("date", "2026-01-01").get(books(book, "/accounts/" + bank)).then().statusCode(200)
            .body("balance", equalTo("6000.00"));
        treasurer.api().queryParam("date", "2025-12-29").get(books(book, "/accounts/" + cash)).then().statusCode(200)
            .body("balance", equalTo("0.00"));

        UUID period = LedgerFixtures.firstPeriod(treasurer, book);
        JsonPath publicFund = treasurer.api().queryParam("periodId", period).queryParam("fund", "PUBLIC")
            .get(books(book, "/reports/transparency")).then().statusCode(200).extract().jsonPath();
        // the bank opened on the period's first day brings its 1 000.00 in, the cash its 50.00 from before
        assertEquals("1050.00", publicFund.getString("openingBalance"));
        assertEquals("5000.00", publicFund.getString("totalIncome"));
        assertEquals("712.44", publicFund.getString("totalExpenses"));
        JsonPath ownFund = treasurer.api().queryParam("periodId", period).queryParam("fund", "OWN")
            .get(books(book, "/reports/transparency")).then().statusCode(200).extract().jsonPath();
        assertEquals("200.00", ownFund.getString("openingBalance"));

        // the Belegliste of the same year counts the advance once, as the transparency reports do
        JsonPath expenses = treasurer.api().queryParam("from", "2026-01-01").queryParam("to", "2026-12-31")
            .get(books(book, "/reports/expenses")).then().statusCode(200).extract().jsonPath();
        assertEquals(Money.parse(publicFund.getString("totalExpenses")).plus(Money.parse(ownFund.getString("totalExpenses"))),
            Money.parse(expenses.getString("totalExpense")));
        assertEquals(Money.parse(publicFund.getString("totalIncome")).plus(Money.parse(ownFund.getString("totalIncome"))),
            Money.parse(expenses.getString("totalIncome")));
        assertEquals("732.44", expenses.getString("totalExpense"));
    }

    private static UUID booked(Actor treasurer, UUID book, Map<String, Object> body) {
        body.put("status", "BOOKED");
        return record(treasurer, book, body);
    }

    private static Fund fundOf(List<Account> accounts, UUID id) {
        return accounts.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().fund();
    }

    private static Money sum(List<ReportingQueries.CodeSum> sums, String prefix) {
        return sums.stream().filter(s -> s.officialCode().startsWith(prefix)).map(ReportingQueries.CodeSum::amount)
            .reduce(Money.ZERO, Money::plus);
    }
}
