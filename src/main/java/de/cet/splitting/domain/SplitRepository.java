package de.cet.splitting.domain;

import de.cet.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Splits of ledger entries, settlements, and the sums the balances are made of. */
public interface SplitRepository {

    Optional<Split> find(UUID bookId, UUID transactionId);

    /** Stores the entry's split, replacing the one it had. */
    void save(UUID bookId, UUID transactionId, Split split);

    void delete(UUID bookId, UUID transactionId);

    /** Gives entry {@code to} the split of entry {@code from}, if it has one. */
    void copy(UUID bookId, UUID from, UUID to);

    /**
     * Per member, over the booked entries with a split dated up to {@code date}: what they paid and what
     * they owe, an expense counting +, a refund (an income) and a reversal −.
     */
    List<Sums> splitSums(UUID bookId, LocalDate date);

    /** Per member over booked advances (paid) and reimbursements (received) up to {@code date}, reversals −. */
    List<Sums> advanceSums(UUID bookId, LocalDate date);

    void saveSettlement(Settlement settlement);

    Optional<Settlement> findSettlement(UUID bookId, UUID id);

    /** Settlements dated up to {@code date}, added up per pair of members. */
    List<PairSum> settlementSums(UUID bookId, LocalDate date);

    record Sums(UUID memberId, Money paid, Money owes) {}

    record PairSum(UUID from, UUID to, Money amount) {}

    record Settlement(UUID id, UUID bookId, UUID from, UUID to, Money amount, LocalDate date, UUID createdBy,
                      Instant createdAt) {}
}
