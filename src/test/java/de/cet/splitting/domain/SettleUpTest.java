package de.cet.splitting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.shared.money.Money;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The settle-up proposal clears every balance with the fewest transfers; checked against brute force for small groups. */
class SettleUpTest {

    static List<MemberBalance> nets(long... cents) {
        List<MemberBalance> out = new ArrayList<>();
        for (int i = 0; i < cents.length; i++) {
            long c = cents[i];
            out.add(new MemberBalance(new UUID(0, i), Money.ofCents(Math.max(c, 0)), Money.ofCents(Math.max(-c, 0))));
        }
        return out;
    }

    /** Applies the transfers: the one who pays has a net that much higher, the one paid that much lower. */
    static Map<UUID, Long> after(List<MemberBalance> balances, List<Transfer> transfers) {
        Map<UUID, Long> net = new HashMap<>();
        balances.forEach(b -> net.put(b.memberId(), b.net().cents()));
        for (Transfer t : transfers) {
            assertTrue(t.amount().isPositive(), "a transfer of " + t.amount());
            net.merge(t.from(), t.amount().cents(), Long::sum);
            net.merge(t.to(), -t.amount().cents(), Long::sum);
        }
        return net;
    }

    static void assertCleared(List<MemberBalance> balances, List<Transfer> transfers) {
        after(balances, transfers).forEach((id, net) -> assertEquals(0L, net, "left at " + id));
    }

    @Test
    void twoPairsThatCancelNeedTwoTransfersNotThree() {
        // greedy over everybody would pay 10.00 → 7.00 + 3.00 ...; the pairs {+7, −7} and {+3, −3} need one each
        List<MemberBalance> b = nets(700, 300, -300, -700);
        List<Transfer> t = SettleUp.propose(b);
        assertEquals(2, t.size());
        assertCleared(b, t);
        assertEquals(List.of(new Transfer(new UUID(0, 3), new UUID(0, 0), Money.parse("7.00")),
            new Transfer(new UUID(0, 2), new UUID(0, 1), Money.parse("3.00"))), t);
    }

    @Test
    void aGreedyOverEverybodyWouldNeedFourWhereThreeDo() {
        // largest debtor to largest creditor over everybody: −6 → +4, −4 → +3, −2 → +3, −1 → +3: four transfers;
        // {+4, −4} and {+3, +3, −6} are zero-sum groups: 1 + 2 = three
        List<MemberBalance> b = nets(400, 300, 300, -600, -400);
        List<Transfer> t = SettleUp.propose(b);
        assertEquals(3, t.size());
        assertCleared(b, t);
        assertEquals(4, SettleUp.greedy(new int[] {0, 1, 2, 3, 4}, new long[] {400, 300, 300, -600, -400},
            b.stream().map(MemberBalance::memberId).toList()).size());
    }

    @Test
    void nothingToSettleWhenEverybodyIsEven() {
        assertEquals(List.of(), SettleUp.propose(nets(0, 0, 0)));
        assertEquals(List.of(), SettleUp.propose(List.of()));
    }

    @Test
    void balancesThatDoNotSumToZeroAreAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> SettleUp.propose(nets(100, -99)));
    }

    @Test
    void aLargeGroupFallsBackToTheGreedyWithinTheBound() {
        long[] cents = new long[SettleUp.EXACT_LIMIT + 5];
        long sum = 0;
        for (int i = 0; i < cents.length - 1; i++) {
            cents[i] = (i % 2 == 0 ? 1 : -1) * (101L + 37L * i);
            sum += cents[i];
        }
        cents[cents.length - 1] = -sum;
        List<MemberBalance> b = nets(cents);
        List<Transfer> t = SettleUp.propose(b);
        assertCleared(b, t);
        assertTrue(t.size() <= cents.length - 1);
    }
}
