package de.cet.splitting.domain;

import de.cet.shared.money.Money;
import java.util.UUID;

/** A member who paid (part of) an expense, or received (part of) a refund, and how much. */
public record Payer(UUID memberId, Money amount) {}
