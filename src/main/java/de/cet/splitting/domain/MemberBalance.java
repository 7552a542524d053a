package de.cet.splitting.domain;

import de.cet.shared.money.Money;
import java.util.UUID;

/**
 * One party's position: what they paid for the group, what their parts came to, and the difference.
 * A positive net is owed to them; a negative net they owe.
 */
public record MemberBalance(UUID memberId, Money paid, Money owes) {
    public Money net() {
        return paid.minus(owes);
    }
}
