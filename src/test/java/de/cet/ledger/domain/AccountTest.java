package de.cet.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.cet.ledger.domain.account.Account;
import de.cet.ledger.domain.account.AccountType;
import de.cet.ledger.domain.account.Fund;
import de.cet.ledger.domain.account.Iban;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountTest {

    private final UUID book = UUID.randomUUID();
    private final LocalDate opened = LocalDate.of(2026, 1, 1);

    @Test
    void ibanIsValidatedByChecksumAndNormalised() {
        Iban iban = Iban.of("de89 3704 0044 0532 0130 00");
        assertEquals("DE89370400440532013000", iban.value());
        assertEquals("DE89 3704 0044 0532 0130 00", iban.formatted());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Iban.of("DE88370400440532013000"));
        assertEquals("iban", e.errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> Iban.of("DE8937040044053201300"));
        assertThrows(InvalidInputException.class, () -> Iban.of("not an iban"));
    }

    @Test
    void bankAccountNeedsAnIbanAndMayOpenOverdrawn() {
        assertThrows(InvalidInputException.class, () -> Account.open(UUID.randomUUID(), book, "Giro", AccountType.BANK,
            Fund.PUBLIC, null, Money.ZERO, opened));
        Account giro = Account.open(UUID.randomUUID(), book, "Giro", AccountType.BANK, Fund.PUBLIC,
            Iban.of(LedgerFixture.VALID_IBAN), Money.of("-12.00"), opened);
        assertEquals(Money.of("-12.00"), giro.openingBalance());
    }

    @Test
    void cashAccountHasNoIbanAndNeverOpensNegative() {
        assertThrows(InvalidInputException.class, () -> Account.open(UUID.randomUUID(), book, "Kasse", AccountType.CASH,
            Fund.PUBLIC, Iban.of(LedgerFixture.VALID_IBAN), Money.ZERO, opened));
        assertThrows(InvalidInputException.class, () -> Account.open(UUID.randomUUID(), book, "Kasse", AccountType.CASH,
            Fund.PUBLIC, null, Money.of("-0.01"), opened));
        Account kasse = Account.open(UUID.randomUUID(), book, " Kasse ", AccountType.CASH, Fund.OWN, null, Money.ZERO, opened);
        assertEquals("Kasse", kasse.name());
        assertThrows(InvalidInputException.class, () -> kasse.changeOpening(Money.of("-1.00"), opened));
    }

    @Test
    void nameFundAndOpeningAreRequired() {
        assertThrows(InvalidInputException.class, () -> Account.open(UUID.randomUUID(), book, " ", AccountType.CASH,
            Fund.PUBLIC, null, Money.ZERO, opened));
        assertThrows(InvalidInputException.class, () -> Account.open(UUID.randomUUID(), book, "K", AccountType.CASH,
            null, null, Money.ZERO, opened));
        assertThrows(InvalidInputException.class, () -> Account.open(UUID.randomUUID(), book, "K", AccountType.CASH,
            Fund.PUBLIC, null, Money.ZERO, null));
    }
}
