package de.cet.ledger.domain.common;

import de.cet.books.domain.BookRole;
import de.cet.shared.error.ForbiddenException;
import java.util.Objects;
import java.util.UUID;

/**
 * The user acting in one book, with the role and signatory flag the membership gives them. Application
 * services build it from the membership; the domain never looks the user up itself.
 */
public record Actor(UUID userId, BookRole role, boolean signatory) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }

    /** Treasurer or admin: records, books, reverses, manages accounts, periods and categories. */
    public boolean keepsTheBooks() {
        return role.keepsTheBooks();
    }

    /** May approve or reject: a treasurer or admin, or a signatory member (chair, deputy). Never an auditor. */
    public boolean mayApprove() {
        return role.keepsTheBooks() || (signatory && role == BookRole.MEMBER);
    }

    public boolean is(UUID user) {
        return userId.equals(user);
    }

    public void requireWrites() {
        if (!role.writes()) {
            throw new ForbiddenException("An auditor reads the books but changes nothing.");
        }
    }

    public void requireKeepsTheBooks(String what) {
        if (!keepsTheBooks()) {
            throw new ForbiddenException("Only a treasurer or admin may " + what + ".");
        }
    }
}
