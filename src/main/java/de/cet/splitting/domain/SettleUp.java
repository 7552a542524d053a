package de.cet.splitting.domain;

import de.cet.shared.money.Money;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The fewest transfers that bring every balance to 0.00 (ADR 0011 has the proof).
 *
 * <p>Let m be the number of parties whose net is not zero. Any set of transfers that clears all balances
 * splits those parties into the connected groups of its transfer graph; each group's nets sum to zero and
 * a connected group of k parties needs at least k − 1 transfers. So at least m − g transfers are needed,
 * g being the number of groups. Conversely every zero-sum group of k parties is cleared with k − 1
 * transfers by {@link #greedy}: each transfer clears at least one party, and the last clears two. The
 * minimum is therefore exactly m − G, G the largest number of disjoint zero-sum groups the parties can be
 * partitioned into. Finding G is NP-hard in general (it contains subset-sum); for up to {@link #EXACT_LIMIT}
 * parties it is found exactly by a dynamic programme over the 2^m subsets (O(2^m · m)); beyond that the
 * greedy over everybody is used, which needs at most m − 1 ≤ n − 1 transfers.
 *
 * <p>Deterministic: ties are broken by the order of the input (the caller lists members in a stable order).
 */
public final class SettleUp {
    private SettleUp() {}

    /** Up to this many non-zero balances the proposal is the proven minimum. */
    public static final int EXACT_LIMIT = 16;

    /** @param balances the nets of every party, summing to 0.00, in a stable order */
    public static List<Transfer> propose(List<MemberBalance> balances) {
        List<UUID> ids = new ArrayList<>();
        List<Long> nets = new ArrayList<>();
        long total = 0;
        for (MemberBalance b : balances) {
            long net = b.net().cents();
            total += net;
            if (net != 0) {
                ids.add(b.memberId());
                nets.add(net);
            }
        }
        if (total != 0) {
            throw new IllegalArgumentException("the balances do not sum to zero");
        }
        int m = ids.size();
        if (m == 0) {
            return List.of();
        }
        long[] net = nets.stream().mapToLong(Long::longValue).toArray();
        List<int[]> groups = m <= EXACT_LIMIT ? zeroSumGroups(net) : List.of(allOf(m));
        List<Transfer> transfers = new ArrayList<>();
        for (int[] group : groups) {
            transfers.addAll(greedy(group, net, ids));
        }
        return transfers;
    }

    /**
     * The parties partitioned into as many zero-sum groups as possible. {@code best[mask]} is the largest
     * number of zero-sum prefixes over the orderings of the parties in {@code mask}: removing a last party
     * i leaves {@code best[mask − i]}, and {@code mask} itself adds one when it sums to zero. The blocks
     * between consecutive zero-sum prefixes of the best ordering are the groups.
     */
    static List<int[]> zeroSumGroups(long[] net) {
        int m = net.length;
        int full = (1 << m) - 1;
        long[] sum = new long[full + 1];
        int[] best = new int[full + 1];
        int[] last = new int[full + 1];
        for (int mask = 1; mask <= full; mask++) {
            int low = Integer.numberOfTrailingZeros(mask);
            sum[mask] = sum[mask & (mask - 1)] + net[low];
            int bestValue = -1;
            int bestLast = -1;
            for (int i = 0; i < m; i++) {
                if ((mask & (1 << i)) != 0 && best[mask ^ (1 << i)] > bestValue) {
                    bestValue = best[mask ^ (1 << i)];
                    bestLast = i;
                }
            }
            best[mask] = bestValue + (sum[mask] == 0 ? 1 : 0);
            last[mask] = bestLast;
        }
        // Walk the best ordering backwards; a group ends wherever the remaining prefix sums to zero.
        List<int[]> groups = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int mask = full;
        while (mask != 0) {
            int i = last[mask];
            current.add(i);
            mask ^= 1 << i;
            if (sum[mask] == 0) {
                groups.add(current.stream().mapToInt(Integer::intValue).sorted().toArray());
                current = new ArrayList<>();
            }
        }
        groups.sort(Comparator.comparingInt(g -> g[0]));
        return groups;
    }

    /**
     * Clears a zero-sum group: the one who owes most pays the one who is owed most (ties: listed first) the
     * smaller of the two amounts. Each transfer clears at least one of them; when two are left they are
     * equal and opposite and the last transfer clears both, so k parties need at most k − 1 transfers.
     */
    static List<Transfer> greedy(int[] group, long[] allNets, List<UUID> ids) {
        long[] net = new long[group.length];
        for (int k = 0; k < group.length; k++) {
            net[k] = allNets[group[k]];
        }
        List<Transfer> out = new ArrayList<>();
        while (true) {
            int debtor = -1;
            int creditor = -1;
            for (int k = 0; k < net.length; k++) {
                if (net[k] < 0 && (debtor < 0 || net[k] < net[debtor])) {
                    debtor = k;
                }
                if (net[k] > 0 && (creditor < 0 || net[k] > net[creditor])) {
                    creditor = k;
                }
            }
            if (debtor < 0 || creditor < 0) {
                return out;
            }
            long amount = Math.min(-net[debtor], net[creditor]);
            net[debtor] += amount;
            net[creditor] -= amount;
            out.add(new Transfer(ids.get(group[debtor]), ids.get(group[creditor]), Money.ofCents(amount)));
        }
    }

    private static int[] allOf(int m) {
        int[] all = new int[m];
        Arrays.setAll(all, i -> i);
        return all;
    }
}
