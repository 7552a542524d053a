package de.cet.ledger.application;

import de.cet.ledger.domain.common.Actor;
import de.cet.ledger.domain.transaction.Transaction;
import de.cet.shared.money.Money;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Who paid and who owes which part of an entry that members share (a split). The splitting context keeps
 * splits (ADR 0011); the ledger only hands over the split a create or edit carries, inside its own
 * transaction, right after the entry is stored, and puts the split's before and after into the entry's
 * history. The ledger never reads or interprets the parts. (A deleted draft's split goes with it: the splitting
 * tables reference the entry {@code on delete cascade}.)
 */
public interface EntrySplits {

    /** As the client sent it; validated by the splitting context. */
    record SplitRequest(String method, List<PayerRequest> payers, List<ShareRequest> shares) {}

    record PayerRequest(UUID memberId, Money amount) {}

    /** {@code value} is text so that the splitting context can refuse "1,5" with a clear message. */
    record ShareRequest(UUID memberId, String value) {}

    /** The split as the history records it, before and after (null: none). */
    record Change(Map<String, Object> before, Map<String, Object> after) {
        public boolean changed() {
            return !Objects.equals(before, after);
        }
    }

    /**
     * Sets, replaces ({@code split} given) or removes ({@code remove}) the entry's split, or with neither
     * fits the existing split to the entry's current amount. Refuses with a 4xx what does not fit.
     */
    Change apply(Transaction entry, Actor actor, SplitRequest split, boolean remove);

    /** The {@code copy} (a reversal, a reworked draft) gets the split of {@code original}. */
    void copy(Transaction original, Transaction copy);
}
