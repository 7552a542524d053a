package de.cet.identity.application;

import de.cet.books.application.BookAccess;
import de.cet.books.application.MembershipService;
import de.cet.books.domain.BookRole;
import de.cet.identity.domain.IdentityRepository;
import de.cet.identity.domain.Invitation;
import de.cet.identity.domain.SecurityEvent;
import de.cet.identity.domain.User;
import de.cet.shared.error.ConflictException;
import de.cet.shared.error.FieldError;
import de.cet.shared.error.ForbiddenException;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.error.NotFoundException;
import de.cet.shared.mail.MailOutbox;
import de.cet.shared.mail.MailTemplates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Invite-only registration. An invitation carries a 256-bit one-time token (stored as its hash), is
 * bound to one address, expires, is used once and can be revoked. Accepting it creates the account (the
 * address counts as verified) or, for an existing account of that address, adds the membership.
 */
@ApplicationScoped
public class InvitationService {

    private final IdentityRepository repository;
    private final BookAccess bookAccess;
    private final MembershipService memberships;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final MailOutbox outbox;
    private final SecurityEvents events;
    private final IdentityConfig config;
    private final Clock clock;

    InvitationService(IdentityRepository repository, BookAccess bookAccess, MembershipService memberships,
                      PasswordHasher hasher, PasswordPolicy policy, MailOutbox outbox,
                      SecurityEvents events, IdentityConfig config, Clock clock) {
        this.repository = repository;
        this.bookAccess = bookAccess;
        this.memberships = memberships;
        this.hasher = hasher;
        this.policy = policy;
        this.outbox = outbox;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    public record InvitationView(UUID id, String email, UUID bookId, BookRole role, Instant createdAt, Instant expiresAt) {
        static InvitationView of(Invitation i) {
            return new InvitationView(i.id(), i.email(), i.bookId(), i.role(), i.createdAt(), i.expiresAt());
        }
    }

    /** What the acceptance page shows before the invitee decides. */
    public record InvitationPreview(String email, String bookName, BookRole role, boolean instanceAdmin, Instant expiresAt) {}

    /** A book ADMIN invites an address into the book with a role. */
    @Transactional
    public InvitationView invite(UUID bookId, UUID actor, String email, BookRole role) {
        bookAccess.requireRole(bookId, actor, BookRole.ADMIN);
        List<FieldError> errors = new ArrayList<>();
        if (!User.looksLikeEmail(email)) {
            errors.add(new FieldError("email", "must be an email address"));
        }
        if (role == null) {
            errors.add(new FieldError("role", "is required: ADMIN, TREASURER, MEMBER or AUDITOR"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        String address = User.normalizeEmail(email);
        // A new invitation to the same address replaces the open one.
        repository.openInvitations(bookId, now).stream().filter(i -> i.email().equals(address))
            .forEach(i -> i.revoke(now));
        String token = Secrets.token(32);
        Invitation invitation = Invitation.intoBook(Secrets.sha256(token), address, bookId, role, actor, now,
            now.plus(config.invitationTtl()));
        repository.addInvitation(invitation);
        var book = bookAccess.settings(bookId);
        String inviter = repository.user(actor).map(User::displayName).orElse("");
        String language = repository.userByEmail(address).map(User::locale).orElse(book.locale());
        outbox.enqueueWithToken(address, "invitation", language, Map.of(
            "inviter", inviter,
            "bookName", book.name(),
            "role", role.name(),
            "expiresAt", invitation.expiresAt().toString()), "accept-invitation", token);
        return InvitationView.of(invitation);
    }

    /** The bootstrap invitation: into the instance, as administrator. Returns the token. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String inviteInstanceAdministrator(String email, String language) {
        Instant now = clock.instant();
        String token = Secrets.token(32);
        Invitation invitation = Invitation.instanceAdministrator(Secrets.sha256(token), email, now,
            now.plus(config.invitationTtl()));
        repository.addInvitation(invitation);
        outbox.enqueueWithToken(invitation.email(), "bootstrap-invitation", language, Map.of(
            "expiresAt", invitation.expiresAt().toString()), "accept-invitation", token);
        return token;
    }

    @Transactional
    public List<InvitationView> open(UUID bookId, UUID actor) {
        bookAccess.requireRole(bookId, actor, BookRole.ADMIN);
        return repository.openInvitations(bookId, clock.instant()).stream().map(InvitationView::of).toList();
    }

    @Transactional
    public void revoke(UUID bookId, UUID actor, UUID invitationId) {
        bookAccess.requireRole(bookId, actor, BookRole.ADMIN);
        Invitation invitation = repository.invitation(invitationId).filter(i -> bookId.equals(i.bookId()))
            .orElseThrow(InvitationService::notFound);
        invitation.revoke(clock.instant());
    }

    @Transactional
    public InvitationPreview preview(String token) {
        Invitation i = openInvitation(token);
        String bookName = i.bookId() == null ? null : memberships.bookName(i.bookId());
        return new InvitationPreview(i.email(), bookName, i.role(), i.instanceAdmin(), i.expiresAt());
    }

    /** Accepts with a new account; 409 when the address already has one (sign in and accept instead). */
    @Transactional
    public UUID acceptAsNewUser(String token, String displayName, String password, String locale, ClientInfo client) {
        Invitation invitation = openInvitation(token);
        if (repository.userByEmail(invitation.email()).isPresent()) {
            throw new ConflictException("account-exists",
                "An account with this address exists: sign in and accept the invitation with your token.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
            errors.add(new FieldError("displayName", "must have 1 to 200 characters"));
        }
        if (locale != null && !User.LOCALES.contains(locale)) {
            errors.add(new FieldError("locale", "must be de or en"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        policy.check("password", password, invitation.email(), displayName);
        String language = locale != null ? locale
            : invitation.bookId() == null ? MailTemplates.DEFAULT_LANGUAGE : bookAccess.settings(invitation.bookId()).locale();
        User user = User.invited(invitation.email(), displayName, hasher.hash(password), language,
            invitation.instanceAdmin(), clock.instant());
        repository.addUser(user);
        repository.flush();
        accept(invitation, user, client);
        return user.id();
    }

    /** Accepts for the signed-in user, whose address must be the invited one. */
    @Transactional
    public void acceptAsExistingUser(String token, UUID userId, ClientInfo client) {
        Invitation invitation = openInvitation(token);
        User user = repository.user(userId).orElseThrow(InvitationService::notFound);
        if (!user.email().equals(invitation.email())) {
            throw new ForbiddenException("invitation-for-another-address",
                "This invitation was sent to a different address.");
        }
        accept(invitation, user, client);
    }

    private void accept(Invitation invitation, User user, ClientInfo client) {
        invitation.accept(user.id(), clock.instant());
        if (invitation.instanceAdmin()) {
            user.grantInstanceAdmin();
        }
        if (invitation.bookId() != null) {
            memberships.addMember(invitation.bookId(), user.id(), invitation.role(), false);
        }
        events.record(user.id(), SecurityEvent.Type.INVITATION_ACCEPTED, client,
            invitation.bookId() == null ? "instance administrator" : "book " + invitation.bookId());
    }

    private Invitation openInvitation(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw notFound();
        }
        return repository.invitationByTokenForUpdate(Secrets.sha256(token)).filter(i -> i.isOpen(clock.instant()))
            .orElseThrow(InvitationService::notFound);
    }

    static NotFoundException notFound() {
        return new NotFoundException("invitation-not-found", "The invitation is unknown, used, revoked or expired.");
    }
}
