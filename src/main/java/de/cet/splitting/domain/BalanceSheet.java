package de.cet.splitting.domain;

import de.cet.shared.money.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Adds up who paid and who owes. Every movement adds the same total to "paid" as to "owes" (a split's
 * payers sum to its amount, and so do its parts; a settlement is paid by one and owed by the other), so
 * the nets always sum to 0.00. A refund or a reversal enters with the sign -1: it takes back what was
 * paid and what was owed.
 */
public final class BalanceSheet {

    private final Map<UUID, Money[]> rows = new LinkedHashMap<>();

    /** A split counted once ({@code sign} 1) or taken back ({@code sign} -1: a refund, a reversal). */
    public BalanceSheet add(Split split, int sign) {
        for (Payer p : split.payers()) {
            paid(p.memberId(), signed(p.amount(), sign));
        }
        for (Part part : split.parts()) {
            owes(part.memberId(), signed(part.amount(), sign));
        }
        return this;
    }

    /** {@code from} paid {@code amount} to {@code to}: as if {@code from} paid an expense that only {@code to} shares. */
    public BalanceSheet transfer(UUID from, UUID to, Money amount) {
        paid(from, amount);
        owes(to, amount);
        return this;
    }

    public BalanceSheet paid(UUID member, Money amount) {
        row(member)[0] = row(member)[0].plus(amount);
        return this;
    }

    public BalanceSheet owes(UUID member, Money amount) {
        row(member)[1] = row(member)[1].plus(amount);
        return this;
    }

    /** Makes sure a party appears, with zeros when nothing concerns it. */
    public BalanceSheet include(UUID member) {
        row(member);
        return this;
    }

    /** Everyone in the order they first appeared (include the members first for a stable order). */
    public List<MemberBalance> balances() {
        List<MemberBalance> out = new ArrayList<>();
        rows.forEach((id, r) -> out.add(new MemberBalance(id, r[0], r[1])));
        return out;
    }

    private Money[] row(UUID member) {
        return rows.computeIfAbsent(member, k -> new Money[] {Money.ZERO, Money.ZERO});
    }

    private static Money signed(Money m, int sign) {
        return sign < 0 ? m.negate() : m;
    }
}
