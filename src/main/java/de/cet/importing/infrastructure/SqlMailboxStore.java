package de.cet.importing.infrastructure;

import de.cet.importing.application.MailboxStore;
import de.cet.importing.domain.mail.AlertTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/** The mailbox tables in plain SQL. */
@ApplicationScoped
class SqlMailboxStore implements MailboxStore {

    private static final String COLUMNS = """
        id, name, host, port, tls, username, password_sealed, folder, book_id, account_id, purpose, bank_template,
        enabled, uid_validity, last_poll_at, last_poll_result, last_poll_error, last_poll_mails, created_by, created_at,
        version""";

    private final EntityManager em;

    SqlMailboxStore(EntityManager em) {
        this.em = em;
    }

    /** Writes through JDBC: PostgreSQL's driver sends a null of unspecified type, right for uuid and text columns. */
    private int exec(String sql, Object... params) {
        int[] count = new int[1];
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    Object v = params[i] instanceof Instant t ? Timestamp.from(t) : params[i];
                    st.setObject(i + 1, v);
                }
                count[0] = st.executeUpdate();
            }
        });
        return count[0];
    }

    @Override
    public List<Mailbox> all() {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from importing_mailbox order by name, id").getResultList();
        return rows.stream().map(r -> mailbox((Object[]) r)).toList();
    }

    @Override
    public Optional<Mailbox> find(UUID id) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from importing_mailbox where id = ?1")
            .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(r -> mailbox((Object[]) r));
    }

    @Override
    public Optional<Mailbox> claimForPoll(UUID id) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS
                + " from importing_mailbox where id = ?1 for no key update skip locked")
            .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(r -> mailbox((Object[]) r));
    }

    @Override
    public void insert(Mailbox m) {
        exec("""
                insert into importing_mailbox (id, name, host, port, tls, username, password_sealed, folder, book_id,
                    account_id, purpose, bank_template, enabled, created_by, created_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
            m.id(), m.name(), m.host(), m.port(), m.tls(), m.username(), m.passwordSealed(), m.folder(), m.bookId(),
            m.accountId(), m.purpose().name(), m.bankTemplate() == null ? null : m.bankTemplate().name(), m.enabled(),
            m.createdBy(), m.createdAt());
    }

    @Override
    public boolean update(Mailbox m) {
        return exec("""
                update importing_mailbox set name = ?, host = ?, port = ?, tls = ?, username = ?, password_sealed = ?,
                    folder = ?, book_id = ?, account_id = ?, purpose = ?, bank_template = ?, enabled = ?,
                    version = version + 1
                where id = ? and version = ?""",
            m.name(), m.host(), m.port(), m.tls(), m.username(), m.passwordSealed(), m.folder(), m.bookId(), m.accountId(),
            m.purpose().name(), m.bankTemplate() == null ? null : m.bankTemplate().name(), m.enabled(), m.id(),
            m.version()) == 1;
    }

    @Override
    public boolean delete(UUID id) {
        return em.createNativeQuery("delete from importing_mailbox where id = ?1").setParameter(1, id).executeUpdate() == 1;
    }

    @Override
    public boolean bookExists(UUID bookId) {
        return !em.createNativeQuery("select 1 from books_book where id = ?1").setParameter(1, bookId).getResultList().isEmpty();
    }

    @Override
    public void pollDone(UUID id, long uidValidity, Instant at, String result, String error, int mails) {
        exec("""
                update importing_mailbox set uid_validity = case when ? > 0 then ? else uid_validity end,
                    last_poll_at = ?, last_poll_result = ?, last_poll_error = ?, last_poll_mails = ?
                where id = ?""",
            uidValidity, uidValidity, at, result, error == null ? null : error.length() > 500 ? error.substring(0, 500) : error,
            mails, id);
    }

    @Override
    public long lastUid(UUID mailboxId, long uidValidity) {
        Object max = em.createNativeQuery("select coalesce(max(uid), 0) from importing_mail where mailbox_id = ?1 and uid_validity = ?2")
            .setParameter(1, mailboxId).setParameter(2, uidValidity).getSingleResult();
        return ((Number) max).longValue();
    }

    @Override
    public boolean knownUnderOtherValidity(UUID mailboxId, long uidValidity, String messageId) {
        return !em.createNativeQuery("""
                select 1 from importing_mail where mailbox_id = ?1 and message_id = ?2 and uid_validity <> ?3 limit 1""")
            .setParameter(1, mailboxId).setParameter(2, messageId).setParameter(3, uidValidity).getResultList().isEmpty();
    }

    @Override
    public boolean claimMail(Mail mail, UUID mailboxId) {
        return exec("""
                insert into importing_mail (id, mailbox_id, uid_validity, uid, message_id, sender, subject, sent_at, outcome,
                    reason, processed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
                on conflict (mailbox_id, uid_validity, uid) do nothing""",
            mail.id(), mailboxId, mail.uidValidity(), mail.uid(), mail.messageId(), mail.sender(), mail.subject(),
            mail.sentAt(), mail.outcome().name(), mail.reason()) == 1;
    }

    @Override
    public void finishMail(UUID mailId, Outcome outcome, String reason, UUID importId, List<Attachment> attachments) {
        exec("update importing_mail set outcome = ?, reason = ?, import_id = ? where id = ?",
            outcome.name(), reason, importId, mailId);
        for (Attachment a : attachments) {
            exec("insert into importing_mail_attachment (mail_id, position, file_name, receipt_id, ignored) values (?, ?, ?, ?, ?)",
                mailId, a.position(), a.fileName(), a.receiptId(), a.ignored());
        }
    }

    @Override
    public List<Mail> recentMails(UUID mailboxId, int limit) {
        List<?> rows = em.createNativeQuery("""
                select id, uid_validity, uid, message_id, sender, subject, sent_at, outcome, reason, import_id, processed_at
                from importing_mail where mailbox_id = ?1 order by processed_at desc, uid desc limit ?2""")
            .setParameter(1, mailboxId).setParameter(2, limit).getResultList();
        Map<UUID, List<Attachment>> parts = new HashMap<>();
        if (!rows.isEmpty()) {
            List<?> att = em.createNativeQuery("""
                    select a.mail_id, a.position, a.file_name, a.receipt_id, a.ignored from importing_mail_attachment a
                    join importing_mail m on m.id = a.mail_id where m.mailbox_id = ?1 order by a.mail_id, a.position""")
                .setParameter(1, mailboxId).getResultList();
            for (Object o : att) {
                Object[] r = (Object[]) o;
                parts.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                    .add(new Attachment(((Number) r[1]).intValue(), (String) r[2], (UUID) r[3], (String) r[4]));
            }
        }
        return rows.stream().map(o -> {
            Object[] r = (Object[]) o;
            UUID id = (UUID) r[0];
            return new Mail(id, ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), (String) r[3], (String) r[4],
                (String) r[5], instant(r[6]), Outcome.valueOf((String) r[7]), (String) r[8], (UUID) r[9],
                parts.getOrDefault(id, List.of()), instant(r[10]));
        }).toList();
    }

    private static Mailbox mailbox(Object[] r) {
        return new Mailbox((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(), (Boolean) r[4],
            (String) r[5], (String) r[6], (String) r[7], (UUID) r[8], (UUID) r[9], Purpose.valueOf((String) r[10]),
            r[11] == null ? null : AlertTemplate.valueOf((String) r[11]), (Boolean) r[12],
            r[13] == null ? null : ((Number) r[13]).longValue(), instant(r[14]), (String) r[15], (String) r[16],
            r[17] == null ? null : ((Number) r[17]).intValue(), (UUID) r[18], instant(r[19]), ((Number) r[20]).longValue());
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) o).toInstant();
    }
}
