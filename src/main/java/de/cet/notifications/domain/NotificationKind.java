package de.cet.notifications.domain;

import java.util.Locale;

/** What a notification is about (API.md "Notifications and live updates"). */
public enum NotificationKind {
    /** An entry of a book I keep waits for approval (to the book's admins and treasurers). */
    APPROVAL_REQUESTED,
    /** My claim was approved. */
    CLAIM_APPROVED,
    /** My claim was rejected. */
    CLAIM_REJECTED,
    /** What I advanced was paid back to me. */
    CLAIM_REIMBURSED,
    /** A budget reached 80 % of its limit in the current window. */
    BUDGET_80,
    /** A budget reached its limit. */
    BUDGET_100,
    /** An open period of a book I keep ends soon. */
    PERIOD_ENDING,
    /** A backup of the instance failed (to instance administrators). */
    BACKUP_FAILED,
    /** A sign-in, a password or MFA change on my account: always on. */
    SECURITY;

    /** Security notices reach the user whatever the preferences say. */
    public boolean alwaysOn() {
        return this == SECURITY;
    }

    /** The template (mail and inbox text) of this kind: {@code notification-approval-requested}. */
    public String template() {
        return "notification-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
