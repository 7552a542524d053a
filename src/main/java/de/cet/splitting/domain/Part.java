package de.cet.splitting.domain;

import de.cet.shared.money.Money;
import java.util.UUID;

/** What one member owes of a split amount, exact to the cent. */
public record Part(UUID memberId, Money amount) {}
