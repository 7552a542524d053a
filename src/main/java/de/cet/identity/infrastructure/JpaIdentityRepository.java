package de.cet.identity.infrastructure;

import de.cet.identity.domain.IdentityRepository;
import de.cet.identity.domain.Invitation;
import de.cet.identity.domain.OneTimeToken;
import de.cet.identity.domain.Passkey;
import de.cet.identity.domain.PasskeyCeremony;
import de.cet.identity.domain.PasswordResetRequest;
import de.cet.identity.domain.RecoveryCode;
import de.cet.identity.domain.RefreshToken;
import de.cet.identity.domain.SecurityEvent;
import de.cet.identity.domain.Session;
import de.cet.identity.domain.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.SpecHints;

@ApplicationScoped
class JpaIdentityRepository implements IdentityRepository {

    private final EntityManager em;

    JpaIdentityRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean anyUser() {
        return !em.createQuery("select u.id from User u", UUID.class).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void addUser(User user) {
        em.persist(user);
    }

    @Override
    public Optional<User> user(UUID id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    @Override
    public Optional<User> userByEmail(String email) {
        return em.createQuery("from User u where lower(u.email) = :e", User.class)
            .setParameter("e", User.normalizeEmail(email)).getResultStream().findFirst();
    }

    @Override
    public List<User> users(int offset, int limit, boolean oldestFirst) {
        String order = oldestFirst ? "u.createdAt, u.id" : "u.createdAt desc, u.id desc";
        return em.createQuery("from User u order by " + order, User.class)
            .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<User> activeInstanceAdministrators() {
        return em.createQuery("from User u where u.instanceAdmin = true and u.disabled = false order by u.createdAt",
            User.class).getResultList();
    }

    @Override
    public long countUsers() {
        return em.createQuery("select count(u) from User u", Long.class).getSingleResult();
    }

    @Override
    public List<User> usersByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from User u where u.id in :ids", User.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public void addSession(Session session) {
        em.persist(session);
    }

    @Override
    public Optional<Session> session(UUID id) {
        return Optional.ofNullable(em.find(Session.class, id));
    }

    @Override
    public List<Session> activeSessions(UUID userId, Instant now) {
        return em.createQuery("from Session s where s.userId = :u and s.revokedAt is null and s.idleExpiresAt > :now "
                + "and s.absoluteExpiresAt > :now order by s.lastUsedAt desc", Session.class)
            .setParameter("u", userId).setParameter("now", now).getResultList();
    }

    @Override
    public void addRefreshToken(RefreshToken token) {
        em.persist(token);
    }

    @Override
    public Optional<RefreshToken> refreshTokenForUpdate(String hash) {
        return Optional.ofNullable(em.find(RefreshToken.class, hash, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void addOneTimeToken(OneTimeToken token) {
        em.persist(token);
    }

    @Override
    public Optional<OneTimeToken> oneTimeTokenForUpdate(String hash) {
        return Optional.ofNullable(em.find(OneTimeToken.class, hash, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void invalidateOneTimeTokens(UUID userId, OneTimeToken.Purpose purpose, Instant now) {
        em.createQuery("update OneTimeToken t set t.usedAt = :now where t.userId = :u and t.purpose = :p and t.usedAt is null")
            .setParameter("now", now).setParameter("u", userId).setParameter("p", purpose).executeUpdate();
    }

    @Override
    public void addPasswordResetRequest(PasswordResetRequest request) {
        em.persist(request);
    }

    @Override
    public Optional<PasswordResetRequest> nextPasswordResetRequest() {
        return em.createQuery("from PasswordResetRequest r where r.processedAt is null order by r.requestedAt",
                PasswordResetRequest.class)
            .setMaxResults(1)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2) // SKIP LOCKED: instances share the work
            .getResultStream().findFirst();
    }

    @Override
    public long resetMailsToAddress(String email, Instant since) {
        return em.createQuery("select count(r) from PasswordResetRequest r where r.mailed = true and r.email = :e "
                + "and r.processedAt >= :since", Long.class)
            .setParameter("e", User.normalizeEmail(email)).setParameter("since", since).getSingleResult();
    }

    @Override
    public long resetMailsFromSource(String source, Instant since) {
        return em.createQuery("select count(r) from PasswordResetRequest r where r.mailed = true and r.source = :s "
                + "and r.processedAt >= :since", Long.class)
            .setParameter("s", source).setParameter("since", since).getSingleResult();
    }

    @Override
    public void lockPasswordResetKeys(String email, String source) {
        // Always the address first, then the source: two workers never wait for each other in a circle.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
            .setParameter(1, "reset-address:" + User.normalizeEmail(email)).getSingleResult();
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
            .setParameter(1, "reset-source:" + source).getSingleResult();
    }

    @Override
    public void removePasswordResetRequest(UUID id) {
        em.createQuery("delete from PasswordResetRequest r where r.id = :id").setParameter("id", id).executeUpdate();
    }

    @Override
    public int forgetPasswordResetRequests(Instant before) {
        return em.createQuery("delete from PasswordResetRequest r where r.processedAt < :before")
            .setParameter("before", before).executeUpdate();
    }

    @Override
    public void addInvitation(Invitation invitation) {
        em.persist(invitation);
    }

    @Override
    public Optional<Invitation> invitationByTokenForUpdate(String hash) {
        return em.createQuery("from Invitation i where i.tokenHash = :h", Invitation.class).setParameter("h", hash)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Optional<Invitation> invitation(UUID id) {
        return Optional.ofNullable(em.find(Invitation.class, id));
    }

    @Override
    public List<Invitation> openInvitations(UUID bookId, Instant now) {
        return em.createQuery("from Invitation i where i.bookId = :b and i.acceptedAt is null and i.revokedAt is null "
                + "and i.expiresAt > :now order by i.createdAt", Invitation.class)
            .setParameter("b", bookId).setParameter("now", now).getResultList();
    }

    @Override
    public void replaceRecoveryCodes(UUID userId, List<RecoveryCode> codes) {
        em.createQuery("delete from RecoveryCode c where c.userId = :u").setParameter("u", userId).executeUpdate();
        codes.forEach(em::persist);
    }

    @Override
    public List<RecoveryCode> recoveryCodes(UUID userId) {
        return em.createQuery("from RecoveryCode c where c.userId = :u", RecoveryCode.class)
            .setParameter("u", userId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public void addEvent(SecurityEvent event) {
        em.persist(event);
    }

    @Override
    public List<SecurityEvent> events(UUID userId, int offset, int limit) {
        return em.createQuery("from SecurityEvent e where e.userId = :u order by e.occurredAt desc, e.id", SecurityEvent.class)
            .setParameter("u", userId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countEvents(UUID userId) {
        return em.createQuery("select count(e) from SecurityEvent e where e.userId = :u", Long.class)
            .setParameter("u", userId).getSingleResult();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void addPasskey(Passkey passkey) {
        em.persist(passkey);
    }

    @Override
    public List<Passkey> passkeys(UUID userId) {
        return em.createQuery("from Passkey p where p.userId = :u order by p.createdAt, p.id", Passkey.class)
            .setParameter("u", userId).getResultList();
    }

    @Override
    public Optional<Passkey> passkey(UUID id) {
        return Optional.ofNullable(em.find(Passkey.class, id));
    }

    @Override
    public Optional<Passkey> passkeyByCredentialIdForUpdate(String credentialId) {
        return em.createQuery("from Passkey p where p.credentialId = :c", Passkey.class).setParameter("c", credentialId)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Optional<Passkey> passkeyByCredentialId(String credentialId) {
        return em.createQuery("from Passkey p where p.credentialId = :c", Passkey.class).setParameter("c", credentialId)
            .getResultStream().findFirst();
    }

    @Override
    public void removePasskey(Passkey passkey) {
        em.remove(passkey);
    }

    @Override
    public void addPasskeyCeremony(PasskeyCeremony ceremony) {
        em.persist(ceremony);
    }

    @Override
    public Optional<PasskeyCeremony> passkeyCeremonyForUpdate(UUID id) {
        return Optional.ofNullable(em.find(PasskeyCeremony.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public int forgetPasskeyCeremonies(Instant before) {
        return em.createQuery("delete from PasskeyCeremony c where c.expiresAt < :b").setParameter("b", before).executeUpdate();
    }
}
