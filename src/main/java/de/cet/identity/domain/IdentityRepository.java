package de.cet.identity.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Persistence of the identity context's aggregates (users, sessions, tokens, invitations, events). */
public interface IdentityRepository {

    boolean anyUser();

    void addUser(User user);

    Optional<User> user(UUID id);

    Optional<User> userByEmail(String email);

    List<User> users(int offset, int limit);

    long countUsers();

    List<User> usersByIds(Collection<UUID> ids);

    void addSession(Session session);

    Optional<Session> session(UUID id);

    List<Session> activeSessions(UUID userId, Instant now);

    void addRefreshToken(RefreshToken token);

    /** The token locked for update, so that two concurrent refreshes cannot both use it. */
    Optional<RefreshToken> refreshTokenForUpdate(String hash);

    void addOneTimeToken(OneTimeToken token);

    Optional<OneTimeToken> oneTimeTokenForUpdate(String hash);

    /** Marks every unused token of the user and purpose as used (a new one replaces them). */
    void invalidateOneTimeTokens(UUID userId, OneTimeToken.Purpose purpose, Instant now);

    void addInvitation(Invitation invitation);

    Optional<Invitation> invitationByTokenForUpdate(String hash);

    Optional<Invitation> invitation(UUID id);

    List<Invitation> openInvitations(UUID bookId, Instant now);

    void replaceRecoveryCodes(UUID userId, List<RecoveryCode> codes);

    List<RecoveryCode> recoveryCodes(UUID userId);

    void addEvent(SecurityEvent event);

    List<SecurityEvent> events(UUID userId, int offset, int limit);

    long countEvents(UUID userId);

    void flush();
}
