package de.cet.splitting.domain;

import de.cet.shared.money.Money;
import java.util.UUID;

/** One payment of a settle-up proposal: {@code from} (who owes) pays {@code amount} to {@code to}. */
public record Transfer(UUID from, UUID to, Money amount) {}
