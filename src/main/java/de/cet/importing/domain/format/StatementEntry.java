package de.cet.importing.domain.format;

import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One booking as the bank reports it.
 *
 * @param amount        signed: positive money in, negative money out (a reversal carries the direction of
 *                      the reversing booking, as CAMT's {@code CdtDbtInd} and MT940's {@code RC}/{@code RD} do)
 * @param bankReference the bank's own reference when it gives one (CAMT {@code AcctSvcrRef}, MT940 after
 *                      {@code //}), else null
 * @param pending       CAMT {@code PDNG}: announced, not booked; it does not count in any balance
 */
public record StatementEntry(LocalDate bookingDate, LocalDate valueDate, Money amount, String counterparty,
                             String counterpartyIban, String purpose, String bankReference, boolean reversal,
                             boolean pending) {
    public StatementEntry {
        Objects.requireNonNull(bookingDate, "bookingDate");
        Objects.requireNonNull(amount, "amount");
        counterparty = Text.clean(counterparty, 200);
        counterpartyIban = counterpartyIban == null || counterpartyIban.isBlank() ? null
            : counterpartyIban.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (counterpartyIban != null && counterpartyIban.length() > 34) {
            counterpartyIban = null;
        }
        purpose = Text.clean(purpose, 2000);
        bankReference = Text.clean(bankReference, 100);
        if (valueDate == null) {
            valueDate = bookingDate;
        }
    }
}
