package de.cet.books.application;

import de.cet.books.domain.BookRepository;
import de.cet.books.domain.BookRole;
import de.cet.books.domain.Membership;
import de.cet.shared.error.ConflictException;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.error.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who is in a book with which role. Only ADMINs change members; a member may leave on their own. A book
 * always keeps at least one ADMIN: changes are serialised on the book's row so that two admins cannot
 * demote each other at the same time.
 */
@ApplicationScoped
public class MembershipService {

    private final BookRepository books;
    private final BookAccess access;
    private final MemberDirectory directory;
    private final Clock clock;

    MembershipService(BookRepository books, BookAccess access, MemberDirectory directory, Clock clock) {
        this.books = books;
        this.access = access;
        this.directory = directory;
        this.clock = clock;
    }

    public record Member(UUID userId, String displayName, String email, BookRole role, boolean signatory,
                         Instant joinedAt) {}

    /** Every member can see who else is in the book. */
    @Transactional
    public List<Member> members(UUID bookId, UUID callerId) {
        access.requireMember(bookId, callerId);
        List<Membership> ms = books.members(bookId);
        Map<UUID, MemberDirectory.Profile> profiles = directory.profiles(ms.stream().map(Membership::userId).toList());
        return ms.stream().map(m -> toMember(m, profiles.get(m.userId()))).toList();
    }

    @Transactional
    public Member change(UUID bookId, UUID callerId, UUID userId, BookRole role, Boolean signatory) {
        access.requireRole(bookId, callerId, BookRole.ADMIN);
        if (role == null && signatory == null) {
            throw new InvalidInputException("role", "give role and/or signatory");
        }
        books.findForUpdate(bookId).orElseThrow(BookAccess::notFound);
        Membership m = books.membership(bookId, userId).orElseThrow(MembershipService::memberNotFound);
        if (role != null && m.role() == BookRole.ADMIN && role != BookRole.ADMIN && books.countAdmins(bookId) <= 1) {
            throw new ConflictException("last-admin", "The book's last admin cannot be demoted.");
        }
        if (role != null) {
            m.changeRole(role);
        }
        if (signatory != null) {
            m.markSignatory(signatory);
        }
        return toMember(m, directory.profiles(List.of(userId)).get(userId));
    }

    @Transactional
    public void remove(UUID bookId, UUID callerId, UUID userId) {
        if (callerId.equals(userId)) {
            access.requireMember(bookId, callerId);
        } else {
            access.requireRole(bookId, callerId, BookRole.ADMIN);
        }
        books.findForUpdate(bookId).orElseThrow(BookAccess::notFound);
        Membership m = books.membership(bookId, userId).orElseThrow(MembershipService::memberNotFound);
        if (m.role() == BookRole.ADMIN && books.countAdmins(bookId) <= 1) {
            throw new ConflictException("last-admin", "The book's last admin cannot be removed.");
        }
        books.removeMembership(m);
    }

    /**
     * Adds a member; called by the identity context when an invitation is accepted (the invitation
     * carried the inviting admin's authority). 409 if the user already is a member.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addMember(UUID bookId, UUID userId, BookRole role, boolean signatory) {
        books.findForUpdate(bookId).orElseThrow(BookAccess::notFound);
        if (books.membership(bookId, userId).isPresent()) {
            throw new ConflictException("already-member", "You are already a member of this book.");
        }
        books.addMembership(new Membership(bookId, userId, role, signatory, clock.instant()));
    }

    /** The book's name, for invitations (no membership check: the caller checked the invitation). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String bookName(UUID bookId) {
        return access.settings(bookId).name();
    }

    /** Every book the user is a member of, with the role. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Membership> membershipsOf(UUID userId) {
        return books.membershipsOf(userId);
    }

    private static Member toMember(Membership m, MemberDirectory.Profile p) {
        return new Member(m.userId(), p == null ? null : p.displayName(), p == null ? null : p.email(), m.role(),
            m.signatory(), m.joinedAt());
    }

    private static NotFoundException memberNotFound() {
        return new NotFoundException("member-not-found", "No such member in this book.");
    }
}
