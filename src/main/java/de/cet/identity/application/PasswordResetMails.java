package de.cet.identity.application;

import de.cet.identity.domain.IdentityRepository;
import de.cet.identity.domain.OneTimeToken;
import de.cet.identity.domain.PasswordResetRequest;
import de.cet.identity.domain.SecurityEvent;
import de.cet.identity.domain.User;
import de.cet.shared.mail.MailOutbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Turns stored password-reset requests into mails, away from the request that stored them (so that its
 * answer costs the same for every address). For each request: look up the account, apply the limits
 * per address and per source, create a token (earlier ones stay valid: a stranger's request cannot
 * void the owner's link) and queue the mail. Runs right after a request commits, and by a poll for
 * requests a crash or a restart left behind; rows are claimed with FOR UPDATE SKIP LOCKED, so
 * instances share the work and never process a request twice.
 */
@ApplicationScoped
public class PasswordResetMails {

    private static final Logger LOG = Logger.getLogger(PasswordResetMails.class);
    private static final long AFTER_COMMIT_DELAY_MS = 200;

    private final IdentityRepository repository;
    private final SecurityEvents events;
    private final MailOutbox outbox;
    private final IdentityConfig config;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;
    /** One run at a time in this instance, so that a caller of {@link #processDue} sees every earlier request done. */
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cet-password-reset-mails");
        t.setDaemon(true);
        return t;
    });

    PasswordResetMails(IdentityRepository repository, SecurityEvents events, MailOutbox outbox, IdentityConfig config,
                       TransactionSynchronizationRegistry transactions, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.outbox = outbox;
        this.config = config;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Processes the requests of the current transaction soon after it commits, on a thread of its own. */
    void afterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    soon();
                }
            }
        });
    }

    private void soon() {
        // Many requests in a row start one run, not one each.
        if (queued.compareAndSet(false, true)) {
            try {
                // A moment later: the work for a known address never overlaps the answer to its own
                // request, and a burst of requests is processed in one run.
                executor.schedule(() -> {
                    queued.set(false);
                    try {
                        processDue();
                    } catch (RuntimeException e) {
                        LOG.warnf(e, "Password-reset requests left for the next poll");
                    }
                }, AFTER_COMMIT_DELAY_MS, TimeUnit.MILLISECONDS);
            } catch (RuntimeException e) {
                queued.set(false); // shutting down: the poll of the next start takes over
            }
        }
    }

    @Scheduled(every = "${cet.identity.password-reset.poll-interval}", delayed = "5s",
        concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
        skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        processDue();
    }

    /** Processes every stored request; returns how many. Tests call it, as the scheduler is off there. */
    public int processDue() {
        running.lock();
        try {
            int processed = 0;
            while (true) {
                AtomicReference<UUID> current = new AtomicReference<>();
                try {
                    if (!QuarkusTransaction.requiringNew().call(() -> processNext(current))) {
                        break;
                    }
                    processed++;
                } catch (RuntimeException e) {
                    if (current.get() == null) {
                        throw e;
                    }
                    // Not stuck behind one request that cannot be processed: it is dropped, and said so.
                    LOG.errorf(e, "Password-reset request %s could not be processed and is dropped", current.get());
                    QuarkusTransaction.requiringNew().run(() -> repository.removePasswordResetRequest(current.get()));
                }
            }
            QuarkusTransaction.requiringNew().run(() ->
                repository.forgetPasswordResetRequests(clock.instant().minus(config.passwordReset().window())));
            return processed;
        } finally {
            running.unlock();
        }
    }

    private boolean processNext(AtomicReference<UUID> current) {
        Optional<PasswordResetRequest> next = repository.nextPasswordResetRequest();
        if (next.isEmpty()) {
            return false;
        }
        PasswordResetRequest request = next.get();
        current.set(request.id());
        Instant now = clock.instant();
        boolean mailed = false;
        Optional<User> account = repository.userByEmail(request.email()).filter(u -> !u.disabled());
        if (account.isPresent()) {
            User u = account.get();
            ClientInfo client = new ClientInfo(request.source(), null);
            repository.lockPasswordResetKeys(request.email(), request.source());
            Instant since = now.minus(config.passwordReset().window());
            if (repository.resetMailsToAddress(request.email(), since) >= config.passwordReset().mailsPerAddress()
                || repository.resetMailsFromSource(request.source(), since) >= config.passwordReset().mailsPerSource()) {
                events.record(u.id(), SecurityEvent.Type.PASSWORD_RESET_REQUESTED, client,
                    "no mail sent: limit of reset mails reached");
            } else {
                String token = Secrets.token(32);
                repository.addOneTimeToken(new OneTimeToken(Secrets.sha256(token),
                    OneTimeToken.Purpose.PASSWORD_RESET, u.id(), u.email(), now,
                    now.plus(config.passwordResetTtl())));
                outbox.enqueueWithToken(u.email(), "password-reset", u.locale(), Map.of("name", u.displayName()),
                    "reset-password", token);
                events.record(u.id(), SecurityEvent.Type.PASSWORD_RESET_REQUESTED, client, null);
                mailed = true;
            }
        }
        if (mailed) {
            request.processed(now, true); // counts towards the limits for the window
        } else {
            repository.removePasswordResetRequest(request.id());
        }
        return true;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
