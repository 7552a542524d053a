package de.cet.splitting.domain;

import de.cet.shared.error.FieldError;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The split of one amount: who paid how much of it and which part each member owes.
 *
 * <p>Invariants, checked at construction (every violation is reported at once as a field error under
 * {@code split.}): at least one payer and one share; members listed once each and all members of the book;
 * the payers' amounts positive and summing to the amount; values as the method needs them (none for
 * EQUAL, positive money summing to the amount for EXACT, positive percentages with at most two fraction
 * digits summing to 100 for PERCENT, positive weights with at most two fraction digits for SHARES). The
 * parts then sum to the amount exactly and none is negative ({@link LargestRemainder} for the cents).
 */
public final class Split {

    /** More members than this in one split is refused; a book of that size is not a group of friends. */
    public static final int MAX_MEMBERS = 200;
    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final BigDecimal MAX_VALUE = new BigDecimal("1000000");

    private final SplitMethod method;
    private final Money amount;
    private final List<Payer> payers;
    private final List<Share> shares;
    private final List<Part> parts;

    private Split(SplitMethod method, Money amount, List<Payer> payers, List<Share> shares, List<Part> parts) {
        this.method = method;
        this.amount = amount;
        this.payers = List.copyOf(payers);
        this.shares = List.copyOf(shares);
        this.parts = List.copyOf(parts);
    }

    /**
     * Validates and computes a split of {@code amount}.
     *
     * @param members the book's members: everyone named must be one
     * @throws InvalidInputException naming every offending field
     */
    public static Split of(Money amount, SplitMethod method, List<Payer> payers, List<Share> shares, Set<UUID> members) {
        Objects.requireNonNull(amount, "amount");
        List<FieldError> errors = new ArrayList<>();
        if (method == null) {
            errors.add(new FieldError("split.method", "is required: EQUAL, EXACT, PERCENT or SHARES"));
        }
        List<Payer> ps = payers == null ? List.of() : payers;
        List<Share> ss = shares == null ? List.of() : shares;
        checkPayers(amount, ps, members, errors);
        checkShares(amount, method, ss, members, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Split(method, amount, ps, ss, computeParts(amount, method, ss));
    }

    /** The same method, shares and payers for another amount (an edit of the entry's amount). */
    public Split withAmount(Money newAmount, Set<UUID> members) {
        List<Payer> ps = payers;
        if (payers.size() == 1) {
            // One payer paid it all, whatever "all" now is.
            ps = List.of(new Payer(payers.get(0).memberId(), newAmount));
        }
        return of(newAmount, method, ps, shares, members);
    }

    private static void checkPayers(Money amount, List<Payer> payers, Set<UUID> members, List<FieldError> errors) {
        if (payers.isEmpty()) {
            errors.add(new FieldError("split.payers", "needs at least one member who paid"));
            return;
        }
        if (payers.size() > MAX_MEMBERS) {
            errors.add(new FieldError("split.payers", "has more than " + MAX_MEMBERS + " members"));
            return;
        }
        Set<UUID> seen = new HashSet<>();
        Money sum = Money.ZERO;
        boolean complete = true;
        for (int i = 0; i < payers.size(); i++) {
            Payer p = payers.get(i);
            String at = "split.payers[" + i + "]";
            if (p == null) {
                errors.add(new FieldError(at, "is required"));
                complete = false;
                continue;
            }
            checkMember(at, p.memberId(), members, seen, errors);
            if (p.amount() == null) {
                errors.add(new FieldError(at + ".amount", "is required"));
                complete = false;
            } else if (!p.amount().isPositive()) {
                errors.add(new FieldError(at + ".amount", "must be greater than zero"));
                complete = false;
            } else {
                sum = sum.plus(p.amount());
            }
        }
        if (complete && !sum.equals(amount)) {
            errors.add(new FieldError("split.payers", "the amounts paid sum to " + sum + ", not to the amount " + amount));
        }
    }

    private static void checkShares(Money amount, SplitMethod method, List<Share> shares, Set<UUID> members,
                                    List<FieldError> errors) {
        if (shares.isEmpty()) {
            errors.add(new FieldError("split.shares", "needs at least one member who shares the amount"));
            return;
        }
        if (shares.size() > MAX_MEMBERS) {
            errors.add(new FieldError("split.shares", "has more than " + MAX_MEMBERS + " members"));
            return;
        }
        Set<UUID> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;
        for (int i = 0; i < shares.size(); i++) {
            Share s = shares.get(i);
            String at = "split.shares[" + i + "]";
            if (s == null) {
                errors.add(new FieldError(at, "is required"));
                complete = false;
                continue;
            }
            checkMember(at, s.memberId(), members, seen, errors);
            if (method == null) {
                continue;
            }
            String problem = valueProblem(method, s.value());
            if (problem != null) {
                errors.add(new FieldError(at + ".value", problem));
                complete = false;
            } else if (s.value() != null) {
                sum = sum.add(s.value());
            }
        }
        if (!complete || method == null) {
            return;
        }
        if (method == SplitMethod.EXACT && sum.compareTo(amount.amount()) != 0) {
            errors.add(new FieldError("split.shares", "the exact parts sum to " + sum.setScale(2) + ", not to the amount " + amount));
        } else if (method == SplitMethod.PERCENT && sum.compareTo(HUNDRED) != 0) {
            errors.add(new FieldError("split.shares", "the percentages sum to " + sum.stripTrailingZeros().toPlainString() + ", not to 100"));
        }
    }

    private static String valueProblem(SplitMethod method, BigDecimal value) {
        if (method == SplitMethod.EQUAL) {
            return value == null ? null : "must be absent: EQUAL splits without values";
        }
        if (value == null) {
            return "is required for " + method;
        }
        if (value.signum() <= 0) {
            return "must be greater than zero (leave out a member who shares nothing)";
        }
        if (value.stripTrailingZeros().scale() > 2) {
            return "has more than two fraction digits";
        }
        if (method == SplitMethod.PERCENT && value.compareTo(HUNDRED) > 0) {
            return "must be at most 100";
        }
        if (method == SplitMethod.SHARES && value.compareTo(MAX_VALUE) > 0) {
            return "must be at most " + MAX_VALUE.toPlainString();
        }
        return null;
    }

    private static void checkMember(String at, UUID memberId, Set<UUID> members, Set<UUID> seen, List<FieldError> errors) {
        if (memberId == null) {
            errors.add(new FieldError(at + ".memberId", "is required"));
        } else if (!members.contains(memberId)) {
            errors.add(new FieldError(at + ".memberId", "is not a member of this book"));
        } else if (!seen.add(memberId)) {
            errors.add(new FieldError(at + ".memberId", "is listed twice"));
        }
    }

    private static List<Part> computeParts(Money amount, SplitMethod method, List<Share> shares) {
        List<Part> parts = new ArrayList<>();
        if (method == SplitMethod.EXACT) {
            for (Share s : shares) {
                parts.add(new Part(s.memberId(), Money.of(s.value())));
            }
            return parts;
        }
        List<BigInteger> weights = new ArrayList<>();
        for (Share s : shares) {
            // EQUAL: all 1; PERCENT and SHARES: the value in hundredths, an integer.
            weights.add(method == SplitMethod.EQUAL ? BigInteger.ONE
                : s.value().movePointRight(2).toBigIntegerExact());
        }
        long[] cents = LargestRemainder.allocate(amount.cents(), weights);
        for (int i = 0; i < shares.size(); i++) {
            parts.add(new Part(shares.get(i).memberId(), Money.ofCents(cents[i])));
        }
        return parts;
    }

    /** The split as the entry's history records it: strings and lists of maps of strings. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("method", method.name());
        List<Map<String, Object>> ps = new ArrayList<>();
        for (Payer p : payers) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("memberId", p.memberId().toString());
            m.put("amount", p.amount().toString());
            ps.add(m);
        }
        s.put("payers", ps);
        List<Map<String, Object>> sh = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("memberId", shares.get(i).memberId().toString());
            m.put("value", shares.get(i).value() == null ? null : shares.get(i).value().stripTrailingZeros().toPlainString());
            m.put("part", parts.get(i).amount().toString());
            sh.add(m);
        }
        s.put("shares", sh);
        return s;
    }

    public SplitMethod method() { return method; }
    public Money amount() { return amount; }
    public List<Payer> payers() { return payers; }
    public List<Share> shares() { return shares; }
    /** One part per share, in the shares' order. */
    public List<Part> parts() { return parts; }

    /** Rebuilds a stored split without re-checking membership (members may have left since). */
    public static Split restore(SplitMethod method, Money amount, List<Payer> payers, List<Share> shares, List<Part> parts) {
        return new Split(method, amount, payers, shares, parts);
    }
}
