package de.cet.ledger.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a treasurer may change on an existing account, and what stays refused while doing so. */
class AccountMaintenanceTest {

    private final UUID book = UUID.randomUUID();
    private final LocalDate opened = LocalDate.of(2026, 1, 1);

    private Account giro() {
        return Account.open(UUID.randomUUID(), book, "Girokonto", AccountType.BANK, Fund.PUBLIC,
            Iban.of("DE89370400440532013000"), Money.of("100.00"), opened);
    }

    private Account kasse() {
        return Account.open(UUID.randomUUID(), book, "Kasse", AccountType.CASH, Fund.PUBLIC, null, Money.ZERO, opened);
    }

    private static String field(InvalidInputException e) {
        return e.errors().get(0).field();
    }

    @Test
    void openedAccountBelongsToItsBookAndKeepsItsType() {
        Account giro = giro();
        assertEquals(book, giro.bookId());
        assertEquals(AccountType.BANK, giro.type());
        assertFalse(giro.isCash());
        assertTrue(kasse().isCash());
        assertEquals(AccountType.CASH, kasse().type());
    }

    @Test
    void renamingTrimsTheNameAndRefusesBlankOrOverlongNames() {
        Account giro = giro();
        giro.rename("  Hauptkonto ");
        assertEquals("Hauptkonto", giro.name());

        assertEquals("name", field(assertThrows(InvalidInputException.class, () -> giro.rename(null))));
        assertEquals("name", field(assertThrows(InvalidInputException.class, () -> giro.rename("   "))));
        assertEquals("name", field(assertThrows(InvalidInputException.class,
            () -> giro.rename("x".repeat(Account.MAX_NAME + 1)))));
        giro.rename("y".repeat(Account.MAX_NAME));
        assertEquals(Account.MAX_NAME, giro.name().length());
    }

    @Test
    void bankAccountChangesToAnotherValidIbanButNeverToNone() {
        Account giro = giro();
        giro.changeIban(Iban.of("GB82 WEST 1234 5698 7654 32"));
        assertEquals(Iban.of("GB82WEST12345698765432"), giro.iban());
        assertEquals("GB82 WEST 1234 5698 7654 32", giro.iban().formatted());

        assertEquals("iban", field(assertThrows(InvalidInputException.class, () -> giro.changeIban(null))));
        assertEquals("GB82WEST12345698765432", giro.iban().toString());
    }

    @Test
    void cashAccountHasNoIbanAndCannotBeGivenOne() {
        Account kasse = kasse();
        assertNull(kasse.iban());
        assertThrows(InvalidInputException.class, () -> kasse.changeIban(Iban.of("DE89370400440532013000")));
        assertNull(kasse.iban());
    }

    @Test
    void ibanIsRequiredWhenOneIsGivenAtAll() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Iban.of(null));
        assertEquals("iban", field(e));
    }

    @Test
    void accountMovesToTheOtherFundButNotToNoFund() {
        Account giro = giro();
        giro.changeFund(Fund.OWN);
        assertEquals(Fund.OWN, giro.fund());
        assertEquals("fund", field(assertThrows(InvalidInputException.class, () -> giro.changeFund(null))));
        assertEquals(Fund.OWN, giro.fund());
    }

    @Test
    void openingBalanceAndDateAreCorrectedTogether() {
        Account giro = giro();
        giro.changeOpening(Money.of("-20.00"), LocalDate.of(2025, 7, 1));
        assertEquals(Money.of("-20.00"), giro.openingBalance());
        assertEquals(LocalDate.of(2025, 7, 1), giro.openingDate());

        assertEquals("openingBalance", field(assertThrows(InvalidInputException.class,
            () -> giro.changeOpening(null, opened))));
        assertEquals("openingDate", field(assertThrows(InvalidInputException.class,
            () -> giro.changeOpening(Money.ZERO, null))));
        assertEquals(Money.of("-20.00"), giro.openingBalance());
    }

    @Test
    void archivedAccountCanBeTakenBackIntoUse() {
        Account kasse = kasse();
        assertFalse(kasse.archived());
        kasse.archive();
        assertTrue(kasse.archived());
        kasse.unarchive();
        assertFalse(kasse.archived());
    }
}
