package de.cet.importing.application;

import de.cet.importing.application.MailboxStore.Mailbox;
import de.cet.importing.application.MailboxStore.Purpose;
import de.cet.importing.domain.mail.AlertTemplate;
import de.cet.shared.access.CurrentUser;
import de.cet.shared.error.CetException;
import de.cet.shared.error.FieldError;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.error.NotFoundException;
import de.cet.shared.error.StaleVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The instance administrators' use cases behind {@code /admin/mailboxes}: each checks the caller's role
 * first. A password is sealed before it is stored and never answered back; it is required on create
 * and, on change, replaced only when a new one is given.
 */
@ApplicationScoped
public class MailboxService {

    /** What the administrator gives; null fields of a change keep their value. */
    public record Input(String name, String host, Integer port, Boolean tls, String username, String password,
                        String folder, UUID bookId, UUID accountId, String purpose, String bankTemplate, Boolean enabled) {
        @Override
        public String toString() {
            return "Input[" + name + ", " + username + "@" + host + ":" + port + "]"; // never the password
        }
    }

    private final CurrentUser currentUser;
    private final MailboxStore store;
    private final SecretSealer sealer;
    private final ImportService imports;
    private final MailPoller poller;
    private final Clock clock;

    MailboxService(CurrentUser currentUser, MailboxStore store, SecretSealer sealer, ImportService imports,
                   MailPoller poller, Clock clock) {
        this.currentUser = currentUser;
        this.store = store;
        this.sealer = sealer;
        this.imports = imports;
        this.poller = poller;
        this.clock = clock;
    }

    @Transactional
    public List<Mailbox> list() {
        currentUser.requireInstanceAdmin();
        return store.all();
    }

    @Transactional
    public Mailbox get(UUID id) {
        currentUser.requireInstanceAdmin();
        return find(id);
    }

    @Transactional
    public List<MailboxStore.Mail> mails(UUID id) {
        currentUser.requireInstanceAdmin();
        find(id);
        return store.recentMails(id, 50);
    }

    @Transactional
    public Mailbox create(Input in) {
        UUID admin = currentUser.requireInstanceAdmin();
        UUID id = UUID.randomUUID();
        Mailbox m = validated(id, in, null, admin);
        store.insert(m);
        return find(id);
    }

    @Transactional
    public Mailbox change(UUID id, long version, Input in) {
        currentUser.requireInstanceAdmin();
        Mailbox before = find(id);
        if (before.version() != version) {
            throw new StaleVersionException(false, before.version());
        }
        Mailbox m = validated(id, in, before, before.createdBy());
        if (!store.update(m)) {
            throw new StaleVersionException(false, find(id).version());
        }
        return find(id);
    }

    @Transactional
    public void delete(UUID id) {
        currentUser.requireInstanceAdmin();
        if (!store.delete(id)) {
            throw new NotFoundException("mailbox-not-found", "No such mailbox.");
        }
    }

    /** Polls the mailbox now (as the schedule would) and answers it with the poll's result. */
    public Mailbox pollNow(UUID id) {
        currentUser.requireInstanceAdmin();
        poller.poll(id);
        return get(id);
    }

    private Mailbox find(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("mailbox-not-found", "No such mailbox."));
    }

    private Mailbox validated(UUID id, Input in, Mailbox before, UUID createdBy) {
        List<FieldError> errors = new ArrayList<>();
        String name = pick(in.name(), before == null ? null : before.name());
        String host = pick(in.host(), before == null ? null : before.host());
        Boolean tls = in.tls() != null ? in.tls() : before == null ? Boolean.TRUE : before.tls();
        Integer port = in.port() != null ? in.port() : before != null ? before.port() : tls ? 993 : 143;
        String username = pick(in.username(), before == null ? null : before.username());
        String folder = pick(in.folder(), before == null ? "INBOX" : before.folder());
        UUID bookId = in.bookId() != null ? in.bookId() : before == null ? null : before.bookId();
        String purposeText = pick(in.purpose(), before == null ? null : before.purpose().name());
        boolean enabled = in.enabled() != null ? in.enabled() : before == null || before.enabled();
        if (host == null) {
            errors.add(new FieldError("host", "is required"));
        } else if (host.length() > 255 || !host.matches("[A-Za-z0-9.:\\[\\]-]+")) {
            errors.add(new FieldError("host", "must be a host name or an IP address"));
        }
        if (port < 1 || port > 65535) {
            errors.add(new FieldError("port", "must be between 1 and 65535"));
        }
        if (username == null) {
            errors.add(new FieldError("username", "is required"));
        } else if (username.length() > 255) {
            errors.add(new FieldError("username", "must have at most 255 characters"));
        }
        String sealed = before == null ? null : before.passwordSealed();
        if (in.password() != null && !in.password().isEmpty()) {
            if (in.password().length() > 500) {
                errors.add(new FieldError("password", "must have at most 500 characters"));
            } else {
                sealed = sealer.seal(id, in.password());
            }
        } else if (before == null) {
            errors.add(new FieldError("password", "is required"));
        }
        if (folder.length() > 255) {
            errors.add(new FieldError("folder", "must have at most 255 characters"));
        }
        if (name == null) {
            name = username == null || host == null ? "Mailbox" : username + "@" + host;
        }
        if (name.length() > 100) {
            errors.add(new FieldError("name", "must have at most 100 characters"));
        }
        Purpose purpose = null;
        if (purposeText == null) {
            errors.add(new FieldError("purpose", "is required: BANK_ALERTS or RECEIPTS"));
        } else {
            try {
                purpose = Purpose.valueOf(purposeText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("purpose", "must be BANK_ALERTS or RECEIPTS"));
            }
        }
        AlertTemplate template = before == null ? null : before.bankTemplate();
        if (in.bankTemplate() != null) {
            if (in.bankTemplate().isBlank()) {
                template = null;
            } else {
                try {
                    template = AlertTemplate.valueOf(in.bankTemplate().strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError("bankTemplate", "must be one of SPARKASSE, DKB or empty (recognised from the mail)"));
                }
            }
        }
        UUID accountId = in.accountId() != null ? in.accountId() : before == null ? null : before.accountId();
        if (bookId == null) {
            errors.add(new FieldError("bookId", "is required"));
        } else if (!store.bookExists(bookId)) {
            errors.add(new FieldError("bookId", "is not a book of this instance"));
        } else if (purpose == Purpose.BANK_ALERTS) {
            if (accountId == null) {
                errors.add(new FieldError("accountId", "is required for bank alerts"));
            } else {
                try {
                    imports.account(bookId, accountId);
                } catch (CetException e) {
                    errors.add(new FieldError("accountId", "must be a bank account of the book"));
                }
            }
        }
        if (purpose == Purpose.RECEIPTS) {
            accountId = null;
            template = null;
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Mailbox(id, name, host, port, tls, username, sealed, folder, bookId, accountId, purpose, template, enabled,
            before == null ? null : before.uidValidity(), before == null ? null : before.lastPollAt(),
            before == null ? null : before.lastPollResult(), before == null ? null : before.lastPollError(),
            before == null ? null : before.lastPollMails(), createdBy,
            before == null ? clock.instant() : before.createdAt(), before == null ? 0 : before.version());
    }

    private static String pick(String given, String before) {
        if (given != null) {
            String s = given.strip();
            return s.isEmpty() ? null : s;
        }
        return before;
    }
}
