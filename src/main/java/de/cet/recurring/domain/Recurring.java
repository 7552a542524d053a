package de.cet.recurring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A recurring transaction of a book: what to enter, when, and whether to book it directly. */
public final class Recurring {

    private final UUID id;
    private final UUID bookId;
    private final UUID createdBy;
    private final Instant createdAt;
    private Template template;
    private Schedule schedule;
    private boolean autoBook;
    private long version;

    public Recurring(UUID id, UUID bookId, Template template, Schedule schedule, boolean autoBook, long version,
                     UUID createdBy, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.bookId = Objects.requireNonNull(bookId, "bookId");
        this.template = Objects.requireNonNull(template, "template");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.autoBook = autoBook;
        this.version = version;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Replaces what is given (null keeps); answers whether anything changed (then the version moves on). */
    public boolean change(Template newTemplate, Schedule newSchedule, Boolean newAutoBook) {
        boolean changed = false;
        if (newTemplate != null && !newTemplate.equals(template)) {
            template = newTemplate;
            changed = true;
        }
        if (newSchedule != null && !newSchedule.equals(schedule)) {
            schedule = newSchedule;
            changed = true;
        }
        if (newAutoBook != null && newAutoBook != autoBook) {
            autoBook = newAutoBook;
            changed = true;
        }
        if (changed) {
            version++;
        }
        return changed;
    }

    /**
     * The due dates up to {@code today} that still need an entry: every date of the schedule up to today,
     * after {@code handledUpTo} (the latest date already handled, null for none). Dates before a later
     * start are not due (a schedule moved forward does not go back).
     */
    public List<LocalDate> dueUpTo(LocalDate today, LocalDate handledUpTo) {
        LocalDate from = handledUpTo == null ? schedule.startsOn() : handledUpTo.plusDays(1);
        return schedule.dueDates(from, today);
    }

    public UUID id() { return id; }
    public UUID bookId() { return bookId; }
    public Template template() { return template; }
    public Schedule schedule() { return schedule; }
    public boolean autoBook() { return autoBook; }
    public long version() { return version; }
    public UUID createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
