package de.cet.importing.domain;

import de.cet.shared.money.Money;
import java.util.UUID;

/** What rules look at in a bank line. */
public record LineFacts(UUID accountId, Money amount, String counterparty, String counterpartyIban, String purpose) {}
