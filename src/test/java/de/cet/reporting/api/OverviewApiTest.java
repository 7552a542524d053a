package de.cet.reporting.api;

import de.cet.ledger.api.LedgerFixtures;
import de.cet.testing.Actors;
import de.cet.testing.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static de.cet.ledger.api.LedgerFixtures.books;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The dashboard's overview of {@link ReportBook} on 2 July 2026, with one entry waiting for approval. */
@QuarkusTest
class OverviewApiTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void balancesMonthsOpenApprovalsAndARunRateForecastOnTheSecondOfJuly() {
        ReportBook fixture = new ReportBook();
        Map<String, Object> claim = LedgerFixtures.tx("EXPENSE", "20.00", "2026-06-30", fixture.cash,
            LedgerFixtures.category(fixture.member, fixture.book, "EX-300"));
        claim.put("status", "SUBMITTED");
        LedgerFixtures.record(fixture.member, fixture.book, claim);

        clock.set(Instant.parse("2026-07-02T10:00:00Z"));
        fixture.member.api().queryParam("periodId", fixture.period.toString()).queryParam("lang", "en")
            .get(books(fixture.book, "/overview")).then().statusCode(200)
            .body("asOf", equalTo("2026-07-02"))
            .body("accounts", hasSize(3))
            .body("accounts.find { it.accountId == '" + fixture.bank + "' }.balance", equalTo("9090.01"))
            .body("accounts.find { it.accountId == '" + fixture.cash + "' }.balance", equalTo("304.40"))
            .body("publicFund", equalTo("9394.41"))
            .body("ownFund", equalTo("320.00"))
            .body("months.find { it.month == '2026-05' && it.officialCode == 'EX-340' }.amount", equalTo("9.99"))
            .body("months.find { it.month == '2026-01' && it.officialCode == 'IN-110' }.amount", equalTo("12000.00"))
            .body("openApprovals.count", equalTo(1))
            .body("openApprovals.items[0].amount", equalTo("20.00"))
            .body("openAdvances", empty())
            // 183 days elapsed, 182 to go: 9394.41 + (9394.41 − 1050.00) × 182 / 183 = 9394.41 + 8298.81
            .body("forecasts.find { it.fund == 'PUBLIC' }.daysElapsed", equalTo(183))
            .body("forecasts.find { it.fund == 'PUBLIC' }.daysRemaining", equalTo(182))
            .body("forecasts.find { it.fund == 'PUBLIC' }.projectedClosingBalance", equalTo("17693.22"))
            .body("forecasts.find { it.fund == 'OWN' }.projectedClosingBalance", equalTo("439.34"))
            .body("unspentPublicMoney", equalTo("17693.22"))
            // by default unspent public money is carried over (the election is not in 2026)
            .body("publicDisposition", equalTo("CARRY_OVER_TO_NEXT_PERIOD"))
            .body("unspentPublicMoneyToRepay", equalTo("0.00"));

        LedgerFixtures.settings(fixture.treasurer, fixture.book, Map.of("repayUnspentPublicFunds", true));
        fixture.member.api().queryParam("periodId", fixture.period.toString())
            .get(books(fixture.book, "/overview")).then().statusCode(200)
            .body("publicDisposition", equalTo("REPAYMENT_TO_MUNICIPALITY"))
            .body("unspentPublicMoneyToRepay", equalTo("17693.22"));
    }

    @Test
    void nonMembersGet404AndAPeriodOfAnotherBook404() {
        ReportBook fixture = new ReportBook();
        Actors.user().api().queryParam("periodId", fixture.period.toString()).get(books(fixture.book, "/overview"))
            .then().statusCode(404);
        Actors.Actor other = Actors.user();
        var otherPeriod = LedgerFixtures.firstPeriod(other, LedgerFixtures.caucusBook(other, 2026));
        fixture.treasurer.api().queryParam("periodId", otherPeriod.toString()).get(books(fixture.book, "/overview"))
            .then().statusCode(404);
    }

    /**
     * January before the treasurer has created the new year's period: the dashboard shows the year just
     * ended (as of its last day) instead of refusing.
     */
    @Test
    void aDayInNoPeriodShowsTheYearJustEnded() {
        // (the clock moves back, not forward: a token issued now would have expired in 2027)
        Actors.Actor owner = Actors.user();
        java.util.UUID book = LedgerFixtures.caucusBook(owner, 2025);
        clock.set(Instant.parse("2026-01-05T10:00:00Z"));
        owner.api().get(books(book, "/overview")).then().statusCode(200)
            .body("periodId", equalTo(LedgerFixtures.firstPeriod(owner, book).toString()))
            .body("periodName", equalTo("2025"))
            .body("asOf", equalTo("2025-12-31"));
    }

    /**
     * An account opened mid-period is no run-rate: its opening balance is in the current balance but not
     * extrapolated. 2 July 2026: 183 days elapsed, 182 to go; bank 1 000.00 from 01-01, +3 000.00 on 02-01,
     * −500.00 on 06-15; cash box opened 05-01 with 250.00. current 3 750.00, of which 250.00 from the new
     * account; 3 750.00 + (3 750.00 − 1 000.00 − 250.00) × 182 / 183 = 3 750.00 + 2 486.34.
     */
    @Test
    void theForecastDoesNotExtrapolateTheOpeningBalanceOfAnAccountOpenedInThePeriod() {
        Actors.Actor treasurer = Actors.user();
        java.util.UUID book = LedgerFixtures.caucusBook(treasurer, 2026);
        LedgerFixtures.settings(treasurer, book, Map.of("fourEyes", false, "requireApproval", false,
            "requireReceipt", false));
        java.util.UUID period = LedgerFixtures.firstPeriod(treasurer, book);
        java.util.UUID bank = LedgerFixtures.bankAccount(treasurer, book, "1000.00", "2026-01-01");
        LedgerFixtures.cashAccount(treasurer, book, "250.00", "2026-05-01");
        Map<String, Object> grant = LedgerFixtures.tx("INCOME", "3000.00", "2026-02-01", bank,
            LedgerFixtures.category(treasurer, book, "IN-110"));
        grant.put("status", "BOOKED");
        LedgerFixtures.record(treasurer, book, grant);
        Map<String, Object> spend = LedgerFixtures.tx("EXPENSE", "500.00", "2026-06-15", bank,
            LedgerFixtures.category(treasurer, book, "EX-300"));
        spend.put("status", "BOOKED");
        LedgerFixtures.record(treasurer, book, spend);

        clock.set(Instant.parse("2026-07-02T10:00:00Z"));
        treasurer.api().queryParam("periodId", period.toString()).get(books(book, "/overview")).then().statusCode(200)
            .body("publicFund", equalTo("3750.00"))
            .body("forecasts.find { it.fund == 'PUBLIC' }.openingBalance", equalTo("1000.00"))
            .body("forecasts.find { it.fund == 'PUBLIC' }.accountsOpenedInPeriod", equalTo("250.00"))
            .body("forecasts.find { it.fund == 'PUBLIC' }.currentBalance", equalTo("3750.00"))
            .body("forecasts.find { it.fund == 'PUBLIC' }.projectedClosingBalance", equalTo("6236.34"))
            .body("forecasts.find { it.fund == 'OWN' }.accountsOpenedInPeriod", equalTo("0.00"));

        // before the cash box opens, its opening balance is nowhere: not current, not in the line
        clock.set(Instant.parse("2026-04-30T10:00:00Z"));
        treasurer.api().queryParam("periodId", period.toString()).get(books(book, "/overview")).then().statusCode(200)
            .body("publicFund", equalTo("4000.00"))
            .body("forecasts.find { it.fund == 'PUBLIC' }.accountsOpenedInPeriod", equalTo("0.00"));
    }
}
