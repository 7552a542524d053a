package de.cet.splitting.api;

import de.cet.shared.money.Money;
import de.cet.splitting.application.SplittingService;
import de.cet.splitting.domain.Split;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of shared expenses. */
final class SplittingDtos {
    private SplittingDtos() {}

    @Schema(name = "SplitBalance", description = "A party's position: `paid` for the group, `owes` (the sum of their parts), `net` = paid − owes (positive: is owed money). `party` BOOK is the book itself, owing members their advances (its `memberId` is the book's id).")
    record BalanceBody(UUID memberId, String displayName, SplittingService.Party party, @Schema(ref = "Money") Money paid,
                       @Schema(ref = "Money") Money owes, @Schema(ref = "Money") Money net) {
        static BalanceBody of(SplittingService.BalanceView b) {
            return new BalanceBody(b.memberId(), b.displayName(), b.party(), b.paid(), b.owes(), b.net());
        }
    }

    @Schema(name = "SettleUpTransfer", description = "One payment of the proposal: `fromMemberId` pays `amount` to `toMemberId`.")
    record TransferBody(UUID fromMemberId, String fromDisplayName, UUID toMemberId, String toDisplayName,
                        @Schema(ref = "PositiveMoney") Money amount) {
        static TransferBody of(SplittingService.TransferView t) {
            return new TransferBody(t.fromMemberId(), t.fromDisplayName(), t.toMemberId(), t.toDisplayName(), t.amount());
        }
    }

    @Schema(name = "CreateSettlementRequest", description = "`fromMemberId` paid `amount` back to `toMemberId` on `date`.")
    record CreateSettlementBody(UUID fromMemberId, UUID toMemberId, @Schema(ref = "PositiveMoney") Money amount,
                                LocalDate date) {}

    @Schema(name = "Settlement")
    record SettlementBody(UUID id, UUID fromMemberId, UUID toMemberId, @Schema(ref = "PositiveMoney") Money amount,
                          LocalDate date, UUID createdBy, Instant createdAt) {
        static SettlementBody of(SplittingService.SettlementView s) {
            return new SettlementBody(s.id(), s.fromMemberId(), s.toMemberId(), s.amount(), s.date(), s.createdBy(),
                s.createdAt());
        }
    }

    @Schema(name = "SplitPayerPart")
    record PayerPart(UUID memberId, @Schema(ref = "PositiveMoney") Money amount) {}

    @Schema(name = "SplitSharePart", description = "A member's share: the value given (absent for EQUAL) and the part it came to.")
    record SharePart(UUID memberId, String value, @Schema(ref = "Money") Money part) {}

    @Schema(name = "EntrySplit", description = "The split of an entry with each member's part.")
    record EntrySplitBody(UUID transactionId, String method, @Schema(ref = "PositiveMoney") Money amount,
                          List<PayerPart> payers, List<SharePart> shares) {
        static EntrySplitBody of(SplittingService.SplitView v) {
            Split s = v.split();
            List<SharePart> shares = new ArrayList<>();
            for (int i = 0; i < s.shares().size(); i++) {
                var share = s.shares().get(i);
                shares.add(new SharePart(share.memberId(),
                    share.value() == null ? null : share.value().stripTrailingZeros().toPlainString(), s.parts().get(i).amount()));
            }
            return new EntrySplitBody(v.transactionId(), s.method().name(), s.amount(),
                s.payers().stream().map(p -> new PayerPart(p.memberId(), p.amount())).toList(), shares);
        }
    }
}
