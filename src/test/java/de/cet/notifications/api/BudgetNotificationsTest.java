package de.cet.notifications.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.cet.books.domain.BookRole;
import de.cet.budgeting.api.BudgetFixtures;
import de.cet.testing.Actors;
import de.cet.testing.Actors.Actor;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A household's budget tells its members when it reaches 80 % and 100 % of its limit — once each per
 * month, not on every further spending.
 */
@QuarkusTest
class BudgetNotificationsTest {

    @Test
    void aBudgetTellsTheHouseholdOnceAtEightyAndOnceAtAHundredPerCent() {
        Actor hanna = Actors.user("Hanna Haushalt");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        UUID book = BudgetFixtures.householdBook(hanna, today.getYear());
        Actor partner = Actors.member(book, BookRole.MEMBER);
        UUID account = BudgetFixtures.account(hanna, book);
        UUID leisure = BudgetFixtures.category(hanna, book, "Leisure"); // the default budget: 100.00 a month
        String day = today.toString();

        BudgetFixtures.spend(hanna, book, account, leisure, "50.00", day);
        assertEquals(0, NotificationsApiTest.inboxOf(partner, "BUDGET_80").size(), "half the limit: nothing yet");

        BudgetFixtures.spend(hanna, book, account, leisure, "35.00", day);
        assertEquals(1, NotificationsApiTest.inboxOf(partner, "BUDGET_80").size(), "85 %: told");
        BudgetFixtures.spend(hanna, book, account, leisure, "5.00", day);
        assertEquals(1, NotificationsApiTest.inboxOf(partner, "BUDGET_80").size(), "90 %: not told again");
        assertEquals(0, NotificationsApiTest.inboxOf(partner, "BUDGET_100").size());

        BudgetFixtures.spend(hanna, book, account, leisure, "15.00", day);
        assertEquals(1, NotificationsApiTest.inboxOf(partner, "BUDGET_100").size(), "105 %: told");
        BudgetFixtures.spend(hanna, book, account, leisure, "1.00", day);
        assertEquals(1, NotificationsApiTest.inboxOf(partner, "BUDGET_100").size(), "once per month");
        assertEquals(1, NotificationsApiTest.inboxOf(hanna, "BUDGET_100").size(), "every member, the one who spent too");
    }
}
