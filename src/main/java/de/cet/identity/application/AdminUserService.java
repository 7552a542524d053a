package de.cet.identity.application;

import de.cet.identity.domain.IdentityRepository;
import de.cet.identity.domain.SecurityEvent;
import de.cet.identity.domain.User;
import de.cet.shared.error.ConflictException;
import de.cet.shared.error.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Instance administration of users: list, disable (ends all sessions at once), enable, read events. */
@ApplicationScoped
public class AdminUserService {

    private final IdentityRepository repository;
    private final SessionService sessions;
    private final SecurityEvents events;

    AdminUserService(IdentityRepository repository, SessionService sessions, SecurityEvents events) {
        this.repository = repository;
        this.sessions = sessions;
        this.events = events;
    }

    public record UserView(UUID id, String email, String displayName, boolean instanceAdmin, boolean disabled,
                           boolean mfaEnabled, Instant createdAt) {
        static UserView of(User u) {
            return new UserView(u.id(), u.email(), u.displayName(), u.instanceAdmin(), u.disabled(), u.totpEnabled(),
                u.createdAt());
        }
    }

    /** The caller must be an instance administrator (checked by the resource through CurrentUser). */
    @Transactional
    public List<UserView> users(int offset, int limit, boolean oldestFirst) {
        return repository.users(offset, limit, oldestFirst).stream().map(UserView::of).toList();
    }

    @Transactional
    public long count() {
        return repository.countUsers();
    }

    @Transactional
    public UserView setDisabled(UUID adminId, UUID userId, boolean disabled, ClientInfo client) {
        User u = repository.user(userId).orElseThrow(() -> new NotFoundException("user-not-found", "No such user."));
        if (adminId.equals(userId) && disabled) {
            throw new ConflictException("cannot-disable-self", "You cannot disable your own account.");
        }
        if (disabled && !u.disabled()) {
            u.disable();
            sessions.revokeAll(userId, null, "user-disabled");
            events.record(userId, SecurityEvent.Type.USER_DISABLED, client, "by " + adminId);
        } else if (!disabled && u.disabled()) {
            u.enable();
            events.record(userId, SecurityEvent.Type.USER_ENABLED, client, "by " + adminId);
        }
        return UserView.of(u);
    }

    @Transactional
    public List<AccountService.EventView> events(UUID userId, int offset, int limit) {
        repository.user(userId).orElseThrow(() -> new NotFoundException("user-not-found", "No such user."));
        return repository.events(userId, offset, limit).stream().map(AccountService.EventView::of).toList();
    }

    @Transactional
    public long countEvents(UUID userId) {
        return repository.countEvents(userId);
    }
}
