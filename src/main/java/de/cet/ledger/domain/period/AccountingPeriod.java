package de.cet.ledger.domain.period;

import jakarta.persistence.*;

import de.cet.ledger.domain.common.Actor;
import de.cet.ledger.domain.common.InvalidStatusException;
import de.cet.shared.error.CetException;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.error.ProblemKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A named date range of one book. Invariants: {@code startDate ≤ endDate}; once {@code CLOSED} it never
 * reopens and its dates and name never change. That periods of a book do not overlap is kept by
 * {@link Periods}, which sees all of them.
 */
@Entity
@Table(name = "ledger_period")
public class AccountingPeriod {

    @Id

    private UUID id;
    @Column(name = "book_id", nullable = false)
    private UUID bookId;
    @Column(name = "name", length = 100, nullable = false)
    private String name;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 8, nullable = false)
    private PeriodStatus status;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by")
    private UUID closedBy;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AccountingPeriod() {}

    private AccountingPeriod(UUID id, UUID bookId, String name, LocalDate startDate, LocalDate endDate) {
        this.id = Objects.requireNonNull(id, "id");
        this.bookId = Objects.requireNonNull(bookId, "bookId");
        this.name = validName(name);
        setDates(startDate, endDate);
        this.status = PeriodStatus.OPEN;
    }

    /** A new open period; call {@link Periods#requireNoOverlap} with the book's other periods before saving. */
    public static AccountingPeriod open(UUID id, UUID bookId, String name, LocalDate startDate, LocalDate endDate) {
        return new AccountingPeriod(id, bookId, name, startDate, endDate);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    public boolean overlaps(AccountingPeriod other) {
        return !startDate.isAfter(other.endDate) && !other.startDate.isAfter(endDate);
    }

    public boolean isClosed() {
        return status == PeriodStatus.CLOSED;
    }

    public void rename(String newName) {
        requireOpen();
        this.name = validName(newName);
    }

    /** Moves the bounds of an open period; the caller re-checks overlaps and that no entry falls outside. */
    public void changeDates(LocalDate newStart, LocalDate newEnd) {
        requireOpen();
        setDates(newStart, newEnd);
    }

    /**
     * Closes the period for good. The closing report must have been computed over the book's current
     * entries and be free of blockers; otherwise the caller gets 409 with the list of blockers.
     */
    public void close(Actor actor, PeriodClosingReport report, Instant now) {
        actor.requireKeepsTheBooks("close a period");
        requireOpen();
        if (!report.periodId().equals(id)) {
            throw new IllegalArgumentException("closing report belongs to another period");
        }
        if (!report.canClose()) {
            throw new CetException(ProblemKind.CONFLICT, "period-not-closable",
                "The period cannot be closed: " + report.blockers().size() + " blocker(s).")
                .with("blockers", report.blockers());
        }
        this.status = PeriodStatus.CLOSED;
        this.closedAt = Objects.requireNonNull(now, "now");
        this.closedBy = actor.userId();
    }

    private void requireOpen() {
        if (isClosed()) {
            throw new InvalidStatusException("The period '" + name + "' is closed; closing is final.");
        }
    }

    private void setDates(LocalDate start, LocalDate end) {
        if (start == null) {
            throw new InvalidInputException("startDate", "is required");
        }
        if (end == null) {
            throw new InvalidInputException("endDate", "is required");
        }
        if (start.isAfter(end)) {
            throw new InvalidInputException("endDate", "must not be before startDate");
        }
        this.startDate = start;
        this.endDate = end;
    }

    private static String validName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "must not be blank");
        }
        if (name.strip().length() > 100) {
            throw new InvalidInputException("name", "must be at most 100 characters");
        }
        return name.strip();
    }

    public UUID id() { return id; }
    public UUID bookId() { return bookId; }
    public String name() { return name; }
    public LocalDate startDate() { return startDate; }
    public LocalDate endDate() { return endDate; }
    public PeriodStatus status() { return status; }
    public Instant closedAt() { return closedAt; }
    public UUID closedBy() { return closedBy; }
    public long version() { return version; }
}
