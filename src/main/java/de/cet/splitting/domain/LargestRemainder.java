package de.cet.splitting.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Divides a whole number of cents among weights so that the parts sum to the total exactly.
 *
 * <p>The rule (ADR 0011): member i's exact quota is {@code total · wᵢ / W} cents (W the sum of the
 * weights). Everyone first gets the quota rounded down; the cents left over — fewer than the number of
 * members — go one each to the members with the largest fractional remainder of their quota, and among
 * equal remainders to the one listed first. The arithmetic is on integers, so the same input always gives
 * the same parts, and no part is negative or differs from its quota by a cent or more. The web app's
 * live preview implements the same rule ({@code src/main/webui/src/features/splitting/splitRule.ts}).
 */
public final class LargestRemainder {
    private LargestRemainder() {}

    /**
     * @param totalCents at least 0
     * @param weights one positive weight per member, in the members' order
     * @return the parts in cents, in the same order
     */
    public static long[] allocate(long totalCents, List<BigInteger> weights) {
        if (totalCents < 0) {
            throw new IllegalArgumentException("total must not be negative");
        }
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("at least one weight");
        }
        BigInteger sum = BigInteger.ZERO;
        for (BigInteger w : weights) {
            if (w.signum() <= 0) {
                throw new IllegalArgumentException("weights must be positive");
            }
            sum = sum.add(w);
        }
        BigInteger total = BigInteger.valueOf(totalCents);
        int n = weights.size();
        long[] parts = new long[n];
        BigInteger[] remainders = new BigInteger[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = total.multiply(weights.get(i)).divideAndRemainder(sum);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += parts[i];
        }
        long left = totalCents - given;
        // Order by remainder, largest first; a stable sort keeps the listed order among equal remainders.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort((a, b) -> remainders[b].compareTo(remainders[a]));
        for (int k = 0; k < left; k++) {
            parts[order.get(k)]++;
        }
        return parts;
    }
}
