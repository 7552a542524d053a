package de.cet.ledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.cet.ledger.domain.balance.BalanceCalculator;
import de.cet.ledger.domain.common.ClosedPeriodException;
import de.cet.ledger.domain.period.PeriodClosingReport;
import de.cet.ledger.domain.transaction.Transaction;
import de.cet.ledger.domain.transaction.TransactionStatus;
import de.cet.shared.error.ConflictException;
import de.cet.shared.error.ForbiddenException;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReversalTest {

    private final LedgerFixture f = new LedgerFixture();
    private final Instant later = LedgerFixture.NOW.plusSeconds(60);

    @Test
    void reversalIsALinkedBookedEntryWithTheOppositeEffect() {
        Transaction original = f.expense("120.00").booked();
        Transaction reversal = original.reverse(UUID.randomUUID(), f.treasurer, "Doppelt gebucht",
            LocalDate.of(2026, 3, 20), f.context(), later);

        assertEquals(TransactionStatus.BOOKED, reversal.status());
        assertEquals(original.id(), reversal.reversalOf());
        assertEquals(reversal.id(), original.reversedBy());
        assertEquals(original.amount(), reversal.amount());
        assertEquals(original.accountId(), reversal.accountId());
        assertEquals("Doppelt gebucht", reversal.reversalReason());
        assertEquals(TransactionStatus.BOOKED, original.status());
        assertEquals(Money.of("1000.00"), BalanceCalculator.balanceOf(f.bank, List.of(original, reversal),
            LocalDate.of(2026, 12, 31)));
        assertEquals(Money.of("880.00"), BalanceCalculator.balanceOf(f.bank, List.of(original, reversal),
            LocalDate.of(2026, 3, 19)));
    }

    @Test
    void anEntryIsReversedOnlyOnceAndAReversalIsNotReversed() {
        Transaction original = f.expense("10.00").booked();
        Transaction reversal = original.reverse(UUID.randomUUID(), f.treasurer, "Fehler", LocalDate.of(2026, 3, 2),
            f.context(), later);
        assertEquals("already-reversed", assertThrows(ConflictException.class, () -> original.reverse(UUID.randomUUID(),
            f.treasurer, "nochmal", LocalDate.of(2026, 3, 2), f.context(), later)).type());
        assertEquals("reversal-not-reversible", assertThrows(ConflictException.class, () -> reversal.reverse(
            UUID.randomUUID(), f.treasurer, "zurück", LocalDate.of(2026, 3, 2), f.context(), later)).type());
    }

    @Test
    void onlyBookedEntriesAreReversedAndOnlyByTheTreasurer() {
        Transaction draft = f.expense("10.00").draftBy(f.member);
        assertThrows(ConflictException.class, () -> draft.reverse(UUID.randomUUID(), f.treasurer, "x",
            LocalDate.of(2026, 3, 2), f.context(), later));
        Transaction booked = f.expense("10.00").booked();
        assertThrows(ForbiddenException.class, () -> booked.reverse(UUID.randomUUID(), f.member, "x",
            LocalDate.of(2026, 3, 2), f.context(), later));
        assertThrows(InvalidInputException.class, () -> booked.reverse(UUID.randomUUID(), f.treasurer, "",
            LocalDate.of(2026, 3, 2), f.context(), later));
        assertThrows(InvalidInputException.class, () -> booked.reverse(UUID.randomUUID(), f.treasurer, "x",
            LocalDate.of(2026, 2, 27), f.context(), later));
    }

    @Test
    void entryOfAClosedPeriodIsCorrectedByAReversalInAnOpenPeriod() {
        Transaction old = f.expense("10.00").date("2025-11-03").booked();
        f.year2025.close(f.treasurer, new PeriodClosingReport(f.year2025.id(), List.of(), Map.of()), later);
        assertThrows(ClosedPeriodException.class, () -> old.reverse(UUID.randomUUID(), f.treasurer, "x",
            LocalDate.of(2025, 12, 1), f.context(), later));
        Transaction reversal = old.reverse(UUID.randomUUID(), f.treasurer, "Falsche Kostenstelle",
            LocalDate.of(2026, 1, 10), f.context(), later);
        assertEquals(LocalDate.of(2026, 1, 10), reversal.date());
    }

    @Test
    void transferReversalMovesTheMoneyBack() {
        Transaction transfer = f.transfer("30.00", f.bank, f.cash).booked();
        Transaction reversal = transfer.reverse(UUID.randomUUID(), f.treasurer, "Falsche Kasse",
            LocalDate.of(2026, 3, 1), f.context(), later);
        assertEquals(Money.ZERO, reversal.effectOn(f.cash.id()).plus(transfer.effectOn(f.cash.id())));
        assertEquals(Money.of("-30.00"), reversal.effectOn(f.cash.id()));
    }
}
