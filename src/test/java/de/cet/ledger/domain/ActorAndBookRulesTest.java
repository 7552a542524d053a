package de.cet.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.books.domain.BookRole;
import de.cet.ledger.domain.common.Actor;
import de.cet.ledger.domain.common.BookRules;
import de.cet.shared.error.ForbiddenException;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActorAndBookRulesTest {

    private static Actor actor(BookRole role, boolean signatory) {
        return new Actor(UUID.randomUUID(), role, signatory);
    }

    @Test
    void approversAreTreasurersAdminsAndSignatoriesButNeverAuditors() {
        assertTrue(actor(BookRole.ADMIN, false).mayApprove());
        assertTrue(actor(BookRole.TREASURER, false).mayApprove());
        assertTrue(actor(BookRole.MEMBER, true).mayApprove());
        assertFalse(actor(BookRole.MEMBER, false).mayApprove());
        assertFalse(actor(BookRole.AUDITOR, true).mayApprove());
    }

    @Test
    void onlyTreasurersAndAdminsKeepTheBooksAndAuditorsWriteNothing() {
        assertThrows(ForbiddenException.class, () -> actor(BookRole.MEMBER, true).requireKeepsTheBooks("book entries"));
        assertThrows(ForbiddenException.class, () -> actor(BookRole.AUDITOR, false).requireWrites());
        actor(BookRole.ADMIN, false).requireKeepsTheBooks("book entries");
        actor(BookRole.MEMBER, false).requireWrites();
    }

    @Test
    void dualApprovalLimitIsPositiveAndAppliesStrictlyAbove() {
        assertThrows(InvalidInputException.class, () -> new BookRules(true, true, Money.ZERO, true, null, 90));
        BookRules rules = new BookRules(true, true, Money.of("1000.00"), true, null, 90);
        assertFalse(rules.needsDualApproval(Money.of("1000.00")));
        assertTrue(rules.needsDualApproval(Money.of("1000.01")));
        assertFalse(BookRules.defaults().needsDualApproval(Money.of("9999999.00")));
    }

    @Test
    void preElectionWindowIncludesBothEndsAndNeedsAnElectionDate() {
        assertThrows(InvalidInputException.class, () -> new BookRules(false, false, null, true, null, -1));
        BookRules rules = new BookRules(false, false, null, true, LocalDate.of(2026, 9, 13), 10);
        assertTrue(rules.inPreElectionWindow(LocalDate.of(2026, 9, 3)));
        assertTrue(rules.inPreElectionWindow(LocalDate.of(2026, 9, 13)));
        assertFalse(rules.inPreElectionWindow(LocalDate.of(2026, 9, 2)));
        assertFalse(rules.inPreElectionWindow(LocalDate.of(2026, 9, 14)));
        assertFalse(BookRules.defaults().inPreElectionWindow(LocalDate.of(2026, 9, 13)));
        assertEquals(90, BookRules.defaults().preElectionWindowDays());
    }
}
