package de.cet.splitting.domain;

import static de.cet.splitting.domain.SplitTest.ANNA;
import static de.cet.splitting.domain.SplitTest.BEN;
import static de.cet.splitting.domain.SplitTest.MEMBERS;
import static de.cet.splitting.domain.SplitTest.paidBy;
import static de.cet.splitting.domain.SplitTest.share;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.shared.error.FieldError;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a caller may send wrong in a split, each answered with the field it concerns; and the rule's guards. */
class SplitInputEdgesTest {

    private static List<FieldError> refused(Runnable r) {
        return assertThrows(InvalidInputException.class, r::run).errors();
    }

    private static boolean names(List<FieldError> errors, String field, String message) {
        return errors.stream().anyMatch(e -> e.field().equals(field) && e.message().contains(message));
    }

    @Test
    void aGroupLargerThanTheLimitIsRefusedForPayersAndShares() {
        Set<UUID> many = new HashSet<>();
        List<Payer> payers = new ArrayList<>();
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i <= Split.MAX_MEMBERS; i++) {
            UUID id = UUID.randomUUID();
            many.add(id);
            payers.add(new Payer(id, Money.parse("0.01")));
            shares.add(share(id, null));
        }
        List<FieldError> errors = refused(() -> Split.of(Money.parse("2.01"), SplitMethod.EQUAL, payers, shares, many));
        assertTrue(names(errors, "split.payers", "more than " + Split.MAX_MEMBERS), errors.toString());
        assertTrue(names(errors, "split.shares", "more than " + Split.MAX_MEMBERS), errors.toString());
    }

    @Test
    void anEmptyPayerOrShareEntryAndAMissingAmountAreNamedByPosition() {
        List<Payer> payers = Arrays.asList(null, new Payer(ANNA, null));
        List<Share> shares = Arrays.asList(share(ANNA, null), null);
        List<FieldError> errors = refused(() -> Split.of(Money.parse("10.00"), SplitMethod.EQUAL, payers, shares, MEMBERS));
        assertTrue(names(errors, "split.payers[0]", "is required"), errors.toString());
        assertTrue(names(errors, "split.payers[1].amount", "is required"), errors.toString());
        assertTrue(names(errors, "split.shares[1]", "is required"), errors.toString());
    }

    @Test
    void aShareWithoutMemberIsRefused() {
        List<FieldError> errors = refused(() -> Split.of(Money.parse("10.00"), SplitMethod.EQUAL, paidBy(ANNA, "10.00"),
            List.of(share(null, null), share(BEN, null)), MEMBERS));
        assertTrue(names(errors, "split.shares[0].memberId", "is required"), errors.toString());
    }

    @Test
    void aPercentAboveHundredAndSharesAboveTheCeilingAreRefused() {
        List<FieldError> percent = refused(() -> Split.of(Money.parse("10.00"), SplitMethod.PERCENT, paidBy(ANNA, "10.00"),
            List.of(share(ANNA, "150"), share(BEN, "-50")), MEMBERS));
        assertTrue(names(percent, "split.shares[0].value", "at most 100"), percent.toString());
        List<FieldError> shares = refused(() -> Split.of(Money.parse("10.00"), SplitMethod.SHARES, paidBy(ANNA, "10.00"),
            List.of(share(ANNA, "1000001"), share(BEN, "1")), MEMBERS));
        assertTrue(names(shares, "split.shares[0].value", "at most 1000000"), shares.toString());
    }

    @Test
    void withoutAMethodOnlyTheMethodIsReportedNotEveryShareValue() {
        List<FieldError> errors = refused(() -> Split.of(Money.parse("10.00"), null, paidBy(ANNA, "10.00"),
            List.of(share(ANNA, "1"), share(BEN, "2")), MEMBERS));
        assertTrue(names(errors, "split.method", ""), errors.toString());
        assertTrue(errors.stream().noneMatch(e -> e.field().endsWith(".value")), errors.toString());
    }

    @Test
    void theRemainderRuleRefusesWhatNoSplitCanMean() {
        assertThrows(IllegalArgumentException.class, () -> LargestRemainder.allocate(-1, List.of(BigInteger.ONE)));
        assertThrows(IllegalArgumentException.class, () -> LargestRemainder.allocate(100, List.of()));
        assertThrows(IllegalArgumentException.class,
            () -> LargestRemainder.allocate(100, List.of(BigInteger.ONE, BigInteger.ZERO)));
        assertEquals(100, Arrays.stream(LargestRemainder.allocate(100, List.of(BigInteger.ONE, BigInteger.TWO))).sum());
    }

    @Test
    void theHistorysSnapshotNamesMethodPayersSharesAndPartsAndARestoredSplitIsTheSame() {
        Split s = Split.of(Money.parse("10.00"), SplitMethod.SHARES, paidBy(ANNA, "10.00"),
            List.of(share(ANNA, "1.50"), share(BEN, "3")), MEMBERS);
        var snapshot = s.snapshot();
        assertEquals("SHARES", snapshot.get("method"));
        assertEquals(List.of(java.util.Map.of("memberId", ANNA.toString(), "amount", "10.00")), snapshot.get("payers"));
        @SuppressWarnings("unchecked")
        var shares = (List<java.util.Map<String, Object>>) snapshot.get("shares");
        assertEquals("1.5", shares.get(0).get("value"), "the value as typed, without trailing zeros");
        assertEquals("3.33", shares.get(0).get("part"));
        assertEquals("6.67", shares.get(1).get("part"));

        Split restored = Split.restore(s.method(), s.amount(), s.payers(), s.shares(), s.parts());
        assertEquals(snapshot, restored.snapshot());
    }

    @Test
    void aTransferMovesPaidAndOwedAndAnIncludedMemberAppearsWithZeros() {
        UUID idle = UUID.randomUUID();
        List<MemberBalance> balances = new BalanceSheet().include(idle).transfer(ANNA, BEN, Money.parse("5.00")).balances();
        assertEquals(idle, balances.get(0).memberId());
        assertEquals(Money.ZERO, balances.get(0).paid());
        assertEquals(Money.parse("5.00"), balances.get(1).paid());
        assertEquals(Money.parse("5.00"), balances.get(2).owes());
    }
}
