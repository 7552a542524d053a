package de.cet.splitting.domain;

import static de.cet.splitting.domain.SettleUpTest.assertCleared;
import static de.cet.splitting.domain.SettleUpTest.nets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** For random balances: the proposal clears them all, within n − 1 transfers, and for small groups with the brute-force minimum. */
class SettleUpPropertiesTest {

    @Provide
    Arbitrary<long[]> smallGroups() {
        // small amounts from a few values, so that zero-sum subgroups are common
        return Arbitraries.longs().between(-5, 5).map(v -> v * 100).array(long[].class).ofMinSize(1).ofMaxSize(5)
            .map(SettleUpPropertiesTest::closed);
    }

    @Provide
    Arbitrary<long[]> anyGroups() {
        return Arbitraries.longs().between(-1_000_000, 1_000_000).array(long[].class).ofMinSize(1).ofMaxSize(SettleUp.EXACT_LIMIT + 4)
            .map(SettleUpPropertiesTest::closed);
    }

    /** Appends the party that makes the nets sum to zero. */
    static long[] closed(long[] open) {
        long[] all = java.util.Arrays.copyOf(open, open.length + 1);
        all[open.length] = -java.util.Arrays.stream(open).sum();
        return all;
    }

    @Property(tries = 300)
    void theProposalClearsEveryBalanceWithAtMostNMinusOneTransfers(@ForAll("anyGroups") long[] cents) {
        List<MemberBalance> b = nets(cents);
        List<Transfer> t = SettleUp.propose(b);
        assertCleared(b, t);
        long nonZero = java.util.Arrays.stream(cents).filter(c -> c != 0).count();
        assertTrue(t.size() <= Math.max(0, nonZero - 1), t.size() + " transfers for " + nonZero + " non-zero balances");
        assertEquals(t, SettleUp.propose(b), "deterministic");
    }

    @Property(tries = 1500)
    void upToSixPeopleTheProposalIsTheBruteForceMinimum(@ForAll("smallGroups") long[] cents) {
        List<MemberBalance> b = nets(cents);
        assertEquals(bruteForceMinimum(cents), SettleUp.propose(b).size(), java.util.Arrays.toString(cents));
    }

    /**
     * The fewest transfers found by exhaustive search, independent of the proof behind {@link SettleUp}:
     * depth-first, the first party still unsettled pays or is paid by each party of the other sign in turn,
     * the amount that clears it. (Every optimal solution can be rearranged into this form.) Iterates every
     * choice, so it is only for a handful of people.
     */
    static int bruteForceMinimum(long[] cents) {
        return search(cents.clone(), 0);
    }

    private static int search(long[] net, int start) {
        while (start < net.length && net[start] == 0) {
            start++;
        }
        if (start == net.length) {
            return 0;
        }
        int best = Integer.MAX_VALUE;
        for (int j = start + 1; j < net.length; j++) {
            if (net[j] != 0 && Long.signum(net[j]) != Long.signum(net[start])) {
                net[j] += net[start];
                best = Math.min(best, 1 + search(net, start + 1));
                net[j] -= net[start];
            }
        }
        return best;
    }
}
