package de.cet.splitting.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** A member who shares an amount, with the method's value: none (EQUAL), money (EXACT), percent or weight. */
public record Share(UUID memberId, BigDecimal value) {}
