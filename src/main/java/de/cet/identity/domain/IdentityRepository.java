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

    /** A page of all users by creation time, oldest or newest first. */
    List<User> users(int offset, int limit, boolean oldestFirst);

    long countUsers();

    /** Instance administrators who are not disabled. */
    List<User> activeInstanceAdministrators();

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

    void addPasswordResetRequest(PasswordResetRequest request);

    /** The oldest unprocessed request that no other transaction holds, locked (FOR UPDATE SKIP LOCKED). */
    Optional<PasswordResetRequest> nextPasswordResetRequest();

    /** Reset mails sent for the address since {@code since}. */
    long resetMailsToAddress(String email, Instant since);

    /** Reset mails sent on requests from the source since {@code since}. */
    long resetMailsFromSource(String source, Instant since);

    /** Holds, until the transaction ends, the right to decide on reset mails for the address and source. */
    void lockPasswordResetKeys(String email, String source);

    void removePasswordResetRequest(UUID id);

    /** Forgets the mailed requests processed before {@code before} (they no longer count). */
    int forgetPasswordResetRequests(Instant before);

    void addInvitation(Invitation invitation);

    Optional<Invitation> invitationByTokenForUpdate(String hash);

    Optional<Invitation> invitation(UUID id);

    List<Invitation> openInvitations(UUID bookId, Instant now);

    void replaceRecoveryCodes(UUID userId, List<RecoveryCode> codes);

    List<RecoveryCode> recoveryCodes(UUID userId);

    void addEvent(SecurityEvent event);

    List<SecurityEvent> events(UUID userId, int offset, int limit);

    long countEvents(UUID userId);

    void addPasskey(Passkey passkey);

    /** The user's passkeys, oldest first. */
    List<Passkey> passkeys(UUID userId);

    Optional<Passkey> passkey(UUID id);

    /** The passkey of a credential id (base64url), locked for update: two sign-ins cannot both move its counter. */
    Optional<Passkey> passkeyByCredentialIdForUpdate(String credentialId);

    Optional<Passkey> passkeyByCredentialId(String credentialId);

    void removePasskey(Passkey passkey);

    void addPasskeyCeremony(PasskeyCeremony ceremony);

    /** Locked for update, so that two finishing calls cannot both spend it. */
    Optional<PasskeyCeremony> passkeyCeremonyForUpdate(UUID id);

    /** Forgets ceremonies that expired before {@code before}. */
    int forgetPasskeyCeremonies(Instant before);

    void flush();
}
