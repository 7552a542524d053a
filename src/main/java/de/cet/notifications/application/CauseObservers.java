package de.cet.notifications.application;

import de.cet.backup.application.BackupFailed;
import de.cet.identity.application.SecurityNoticeIssued;
import de.cet.budgeting.application.BudgetThresholdReached;
import de.cet.ledger.application.TransactionChanged;
import de.cet.ledger.domain.transaction.ChangeAction;
import de.cet.ledger.domain.transaction.TransactionStatus;
import de.cet.notifications.domain.NotificationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns the other contexts' events into notifications and live pushes. The events are fired synchronously
 * inside the transaction of their cause, so what is stored here commits or rolls back with it.
 */
@ApplicationScoped
class CauseObservers {

    private final Notifier notifier;
    private final LiveUpdates live;

    CauseObservers(Notifier notifier, LiveUpdates live) {
        this.notifier = notifier;
        this.live = live;
    }

    void onTransactionChanged(@Observes TransactionChanged e) {
        live.publish(LiveEvent.forBook(LiveEvent.TRANSACTION_CHANGED, e.bookId(), e.transactionId()));
        String path = "/books/" + e.bookId() + "/transactions/" + e.transactionId();
        if (e.action() == ChangeAction.SUBMITTED && e.status() == TransactionStatus.SUBMITTED) {
            List<UUID> keepers = notifier.resolve(Audience.BOOK_KEEPERS, e.bookId()).stream()
                .filter(u -> !u.equals(e.actor())).toList();
            notifier.notify(notice(NotificationKind.APPROVAL_REQUESTED, e, "/books/" + e.bookId() + "/approvals"), keepers);
        } else if (e.action() == ChangeAction.APPROVED && e.paidByMemberId() != null) {
            tellMember(NotificationKind.CLAIM_APPROVED, e, e.paidByMemberId(), path);
        } else if (e.action() == ChangeAction.REJECTED && e.paidByMemberId() != null) {
            tellMember(NotificationKind.CLAIM_REJECTED, e, e.paidByMemberId(), path);
        } else if (e.action() == ChangeAction.BOOKED && e.reimbursesMemberId() != null) {
            tellMember(NotificationKind.CLAIM_REIMBURSED, e, e.reimbursesMemberId(), "/books/" + e.bookId() + "/advances");
        }
    }

    private void tellMember(NotificationKind kind, TransactionChanged e, UUID member, String path) {
        if (!member.equals(e.actor())) {
            notifier.notify(notice(kind, e, path), List.of(member));
        }
    }

    private static Notifier.Notice notice(NotificationKind kind, TransactionChanged e, String path) {
        Map<String, Object> params = new HashMap<>();
        params.put("amount", e.amount() == null ? "" : e.amount().amount().toPlainString());
        String what = e.description() != null && !e.description().isBlank() ? e.description()
            : e.counterparty() != null ? e.counterparty() : "";
        params.put("what", what);
        return new Notifier.Notice(kind, e.bookId(), e.transactionId(), path, params);
    }

    void onSecurityNotice(@Observes SecurityNoticeIssued e) {
        notifier.notifyInboxOnly(new Notifier.Notice(NotificationKind.SECURITY, null, null, "/settings/security",
            Map.of("what", e.what(), "ip", e.ip(), "time", e.at().toString())), List.of(e.userId()));
    }

    /** Budgeting fires this once per budget, window and threshold (it keeps the mark), so it is told once. */
    void onBudgetThreshold(@Observes BudgetThresholdReached e) {
        live.publish(LiveEvent.forBook(LiveEvent.BUDGET_STATUS, e.bookId(), e.budgetId()));
        NotificationKind kind = e.percent() >= 100 ? NotificationKind.BUDGET_100 : NotificationKind.BUDGET_80;
        notifier.notify(new Notifier.Notice(kind, e.bookId(), e.budgetId(), "/books/" + e.bookId() + "/budgets",
            // the event carries no amount: the templates leave the "remaining" clause out
            Map.of("budgetName", e.budgetName(), "percent", e.percent(), "remaining", "")), Audience.BOOK_MEMBERS);
    }

    void onBackupFailed(@Observes BackupFailed e) {
        notifier.notify(new Notifier.Notice(NotificationKind.BACKUP_FAILED, null, e.runId(), "/notifications",
            Map.of("startedAt", e.startedAt().toString(), "error", e.error(), "runId", e.runId().toString())),
            Audience.INSTANCE_ADMINS);
    }
}
