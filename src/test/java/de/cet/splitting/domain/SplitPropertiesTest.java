package de.cet.splitting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.cet.shared.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** For random amounts, members and methods: the parts sum to the amount, none is negative, the rule is deterministic. */
class SplitPropertiesTest {

    record Case(Money amount, SplitMethod method, List<Payer> payers, List<Share> shares, Set<UUID> members) {
        Split split() {
            return Split.of(amount, method, payers, shares, members);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Long> cents = Arbitraries.oneOf(Arbitraries.longs().between(1, 1_000),
            Arbitraries.longs().between(1, 99_999_999_999L));
        Arbitrary<Integer> members = Arbitraries.integers().between(1, 12);
        Arbitrary<SplitMethod> methods = Arbitraries.of(SplitMethod.class);
        Arbitrary<Long> seeds = Arbitraries.longs();
        return Combinators.combine(cents, members, methods, seeds).as(SplitPropertiesTest::build);
    }

    /** Builds a valid case: the values are drawn so that EXACT and PERCENT sum as they must. */
    static Case build(long cents, int n, SplitMethod method, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(new UUID(seed, i));
        }
        Money amount = Money.ofCents(cents);
        List<Share> shares = new ArrayList<>();
        switch (method) {
            case EQUAL -> ids.forEach(id -> shares.add(new Share(id, null)));
            case SHARES -> ids.forEach(id -> shares.add(new Share(id, BigDecimal.valueOf(1 + random.nextInt(100_000), 2))));
            case PERCENT -> {
                long[] basisPoints = positiveSplit(10_000, Math.min(n, 10_000), random);
                for (int i = 0; i < basisPoints.length; i++) {
                    shares.add(new Share(ids.get(i), BigDecimal.valueOf(basisPoints[i], 2)));
                }
            }
            case EXACT -> {
                long[] parts = positiveSplit(cents, (int) Math.min(n, cents), random);
                for (int i = 0; i < parts.length; i++) {
                    shares.add(new Share(ids.get(i), BigDecimal.valueOf(parts[i], 2)));
                }
            }
        }
        int payerCount = (int) Math.min(1 + random.nextInt(n), cents);
        long[] paid = positiveSplit(cents, payerCount, random);
        List<Payer> payers = new ArrayList<>();
        for (int i = 0; i < payerCount; i++) {
            payers.add(new Payer(ids.get(n - 1 - i), Money.ofCents(paid[i])));
        }
        return new Case(amount, method, payers, shares, new HashSet<>(ids));
    }

    /** {@code total} as {@code k} positive whole numbers (k ≤ total). */
    static long[] positiveSplit(long total, int k, java.util.Random random) {
        long[] out = new long[k];
        long left = total - k;
        for (int i = 0; i < k - 1; i++) {
            long take = left == 0 ? 0 : Math.floorMod(random.nextLong(), left + 1);
            out[i] = 1 + take;
            left -= take;
        }
        out[k - 1] = 1 + left;
        return out;
    }

    @Property(tries = 2000)
    void thePartsSumToTheAmountExactly(@ForAll("cases") Case c) {
        Money sum = c.split().parts().stream().map(Part::amount).reduce(Money.ZERO, Money::plus);
        assertEquals(c.amount(), sum);
    }

    @Property(tries = 2000)
    void noPartIsNegativeAndEachStaysWithinACentOfItsQuota(@ForAll("cases") Case c) {
        Split split = c.split();
        BigDecimal weights = c.shares().stream().map(s -> s.value() == null ? BigDecimal.ONE : s.value())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        for (int i = 0; i < split.parts().size(); i++) {
            Money part = split.parts().get(i).amount();
            assertTrue(part.signum() >= 0, "negative part " + part);
            BigDecimal weight = c.shares().get(i).value() == null ? BigDecimal.ONE : c.shares().get(i).value();
            BigDecimal quota = c.amount().amount().multiply(weight).divide(weights, 10, java.math.RoundingMode.HALF_EVEN);
            assertTrue(part.amount().subtract(quota).abs().compareTo(new BigDecimal("0.01")) < 0,
                "part " + part + " is a cent or more away from its quota " + quota);
        }
    }

    @Property(tries = 1000)
    void theSameInputGivesTheSamePartsAndOneCentAtMostSeparatesEqualShares(@ForAll("cases") Case c) {
        Split split = c.split();
        assertEquals(split.parts(), c.split().parts());
        if (c.method() == SplitMethod.EQUAL) {
            long max = split.parts().stream().mapToLong(p -> p.amount().cents()).max().orElseThrow();
            long min = split.parts().stream().mapToLong(p -> p.amount().cents()).min().orElseThrow();
            assertTrue(max - min <= 1);
            // the cents left over go to the first listed
            for (int i = 1; i < split.parts().size(); i++) {
                assertTrue(split.parts().get(i - 1).amount().compareTo(split.parts().get(i).amount()) >= 0);
            }
        }
    }

    @Property(tries = 1000)
    void theNetsOfAnyMixOfSplitsSumToZero(@ForAll("cases") Case a, @ForAll("cases") Case b) {
        BalanceSheet sheet = new BalanceSheet().add(a.split(), 1).add(b.split(), -1);
        Money total = sheet.balances().stream().map(MemberBalance::net).reduce(Money.ZERO, Money::plus);
        assertEquals(Money.ZERO, total);
    }
}
