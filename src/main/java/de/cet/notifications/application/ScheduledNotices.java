package de.cet.notifications.application;

import de.cet.notifications.domain.DigestCadence;
import de.cet.notifications.domain.Notification;
import de.cet.notifications.domain.NotificationKind;
import de.cet.notifications.domain.NotificationRepository;
import de.cet.notifications.domain.PeriodEnding;
import de.cet.shared.mail.MailOutbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The daily checks. Every instance runs them; each notice still goes out once: a period's ending through
 * the once-mark ({@link Notifier#notifyOnce}), a digest through its row, locked while it is sent
 * ({@code FOR UPDATE SKIP LOCKED}) and stamped with when it went out.
 */
@ApplicationScoped
public class ScheduledNotices {

    private final Notifier notifier;
    private final NotificationRepository repository;
    private final OpenPeriods periods;
    private final Recipients recipients;
    private final MailOutbox outbox;
    private final NotificationsConfig config;
    private final Clock clock;

    ScheduledNotices(Notifier notifier, NotificationRepository repository, OpenPeriods periods, Recipients recipients,
                     MailOutbox outbox, NotificationsConfig config, Clock clock) {
        this.notifier = notifier;
        this.repository = repository;
        this.periods = periods;
        this.recipients = recipients;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(cron = "${cet.notifications.daily-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
        skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void daily() {
        periodsEnding();
        digests();
    }

    /** Tells the keepers of each open period that ends within the lead days, once per period and user. */
    @Transactional
    public int periodsEnding() {
        LocalDate today = LocalDate.now(clock);
        PeriodEnding rule = new PeriodEnding(config.periodEndingDays());
        int told = 0;
        for (OpenPeriods.Period p : periods.endingOnOrAfter(today)) {
            if (!rule.isEnding(p.endDate(), today)) {
                continue;
            }
            Notifier.Notice notice = new Notifier.Notice(NotificationKind.PERIOD_ENDING, p.bookId(), p.periodId(),
                "/books/" + p.bookId(), Map.of("periodName", p.name(), "endDate", p.endDate().toString(),
                    "daysLeft", PeriodEnding.daysLeft(p.endDate(), today)));
            told += notifier.notifyOnce(notice, p.periodId(), recipients.keepers(p.bookId())).size();
        }
        return told;
    }

    /** Mails each user whose digest is due a list of what came into their inbox since the last one. */
    @Transactional
    public int digests() {
        Instant now = clock.instant();
        int sent = 0;
        for (NotificationRepository.DigestDue due : repository.lockDigests()) {
            if (!due.cadence().isDue(due.lastSentAt(), now)) {
                continue;
            }
            Recipients.Contact contact = recipients.contact(due.userId()).orElse(null);
            List<Notification> items = repository.createdSince(due.userId(),
                due.cadence().since(due.lastSentAt(), now), config.digestMaxItems()).stream()
                .filter(Notification::unread).toList();
            if (contact != null && !items.isEmpty()) {
                outbox.enqueue(contact.email(), "notification-digest", contact.locale(), Map.of(
                    "name", contact.displayName(),
                    "weekly", due.cadence() == DigestCadence.WEEKLY,
                    "count", items.size(),
                    "lines", items.stream().map(n -> n.title()).toList()));
                sent++;
            }
            repository.digestSent(due.userId(), now);
        }
        return sent;
    }
}
