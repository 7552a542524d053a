package de.cet.budgeting.domain;

import de.cet.shared.error.FieldError;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A budget ("funnel") on a category: a limit per window, a look (name, emoji, colour) and whether what a
 * window leaves (or overspends) rolls into the next. It holds no money figures of its own: what was spent
 * is the ledger's, read per window.
 *
 * <p>The first window is the one containing {@code startsOn} (the whole of it counts, so a budget started
 * on the 15th still sees what was spent on the 3rd). For cadence PERIOD the windows are the book's
 * accounting periods; a date in no period has no window.
 */
public final class Budget {

    public static final int MAX_NAME = 100;

    private final UUID id;
    private final UUID bookId;
    private final UUID createdBy;
    private final Instant createdAt;
    private UUID categoryId;
    private String name;
    private String emoji;
    private String color;
    private Cadence cadence;
    private boolean rollover;
    private LocalDate startsOn;
    private LimitHistory limits;
    private long version;

    /** What a budget is made of; on an edit, null keeps the current value. */
    public record Content(UUID categoryId, String name, String emoji, String color, Money limit, Cadence cadence,
                          Boolean rollover, LocalDate startsOn) {}

    private Budget(UUID id, UUID bookId, UUID createdBy, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.bookId = Objects.requireNonNull(bookId, "bookId");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * A new budget. {@code content}'s name, emoji and colour are already defaulted from the category by the
     * caller; {@code periods} are the book's (for cadence PERIOD).
     */
    public static Budget create(UUID id, UUID bookId, Content content, List<BudgetWindow> periods, UUID createdBy,
                                Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (content.categoryId() == null) {
            errors.add(new FieldError("categoryId", "is required"));
        }
        if (content.limit() == null) {
            errors.add(new FieldError("limit", "is required"));
        }
        if (content.startsOn() == null) {
            errors.add(new FieldError("startsOn", "is required"));
        }
        String name = validName(content.name(), errors);
        validLimit(content.limit(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Budget b = new Budget(id, bookId, createdBy, now);
        b.categoryId = content.categoryId();
        b.name = name;
        b.emoji = content.emoji();
        b.color = content.color();
        b.cadence = content.cadence() == null ? Cadence.MONTHLY : content.cadence();
        b.rollover = Boolean.TRUE.equals(content.rollover());
        b.startsOn = content.startsOn();
        b.limits = LimitHistory.starting(b.firstWindowStart(periods), content.limit());
        b.version = 0;
        return b;
    }

    public static Budget restore(UUID id, UUID bookId, UUID categoryId, String name, String emoji, String color,
                                 Cadence cadence, boolean rollover, LocalDate startsOn, LimitHistory limits, long version,
                                 UUID createdBy, Instant createdAt) {
        Budget b = new Budget(id, bookId, createdBy, createdAt);
        b.categoryId = categoryId;
        b.name = name;
        b.emoji = emoji;
        b.color = color;
        b.cadence = cadence;
        b.rollover = rollover;
        b.startsOn = startsOn;
        b.limits = limits;
        b.version = version;
        return b;
    }

    /**
     * Changes what is given. A new limit holds from the window containing {@code today} on (the whole of it,
     * recalculated; earlier windows keep theirs); a new cadence starts the limit history over with the
     * limit it then has. Answers whether anything changed.
     */
    public boolean edit(Content change, LocalDate today, List<BudgetWindow> periods) {
        List<FieldError> errors = new ArrayList<>();
        String newName = change.name() == null ? name : validName(change.name(), errors);
        validLimit(change.limit(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean changed = false;
        if (change.categoryId() != null && !change.categoryId().equals(categoryId)) {
            categoryId = change.categoryId();
            changed = true;
        }
        if (!newName.equals(name)) {
            name = newName;
            changed = true;
        }
        if (change.emoji() != null && !change.emoji().equals(emoji)) {
            emoji = change.emoji();
            changed = true;
        }
        if (change.color() != null && !change.color().equals(color)) {
            color = change.color();
            changed = true;
        }
        if (change.rollover() != null && change.rollover() != rollover) {
            rollover = change.rollover();
            changed = true;
        }
        Money currentLimit = limitOn(today, periods);
        boolean restartLimits = false;
        if (change.startsOn() != null && !change.startsOn().equals(startsOn)) {
            startsOn = change.startsOn();
            changed = true;
        }
        if (change.cadence() != null && change.cadence() != cadence) {
            cadence = change.cadence();
            restartLimits = true;
            changed = true;
        }
        if (restartLimits) {
            limits = LimitHistory.starting(firstWindowStart(periods),
                change.limit() != null ? change.limit() : currentLimit);
        } else if (change.limit() != null && !change.limit().equals(currentLimit)) {
            LocalDate from = window(today, periods).map(BudgetWindow::start).orElse(today);
            LocalDate first = firstWindowStart(periods);
            limits = limits.changedFrom(from.isBefore(first) ? first : from, change.limit());
            changed = true;
        }
        if (changed) {
            version++;
        }
        return changed;
    }

    /** The window of this budget's cadence containing {@code date}, if the budget has one then. */
    public Optional<BudgetWindow> window(LocalDate date, List<BudgetWindow> periods) {
        if (cadence == Cadence.MONTHLY) {
            BudgetWindow month = BudgetWindow.monthOf(date);
            return month.end().isBefore(startsOn) ? Optional.empty() : Optional.of(month);
        }
        return periods.stream().filter(p -> p.contains(date) && !p.end().isBefore(startsOn)).findFirst();
    }

    /**
     * The windows whose figures make the status of the window containing {@code date}: with rollover every
     * window from the first one up to it, else that window alone; empty when the budget has no window then.
     */
    public List<BudgetWindow> chain(LocalDate date, List<BudgetWindow> periods) {
        Optional<BudgetWindow> target = window(date, periods);
        if (target.isEmpty()) {
            return List.of();
        }
        if (!rollover) {
            return List.of(target.get());
        }
        List<BudgetWindow> chain = new ArrayList<>();
        if (cadence == Cadence.MONTHLY) {
            for (BudgetWindow w = BudgetWindow.monthOf(startsOn); !w.start().isAfter(target.get().start()); w = w.nextMonth()) {
                chain.add(w);
            }
        } else {
            periods.stream().filter(p -> !p.end().isBefore(startsOn) && !p.start().isAfter(target.get().start()))
                .sorted(Comparator.comparing(BudgetWindow::start)).forEach(chain::add);
        }
        return chain;
    }

    /** The limit of the window starting {@code windowStart}. */
    public Money limitFor(LocalDate windowStart) {
        return limits.limitFor(windowStart);
    }

    /** The limit that holds on {@code date}: that of its window (of the first window before the budget starts). */
    public Money limitOn(LocalDate date, List<BudgetWindow> periods) {
        return limits.limitFor(window(date, periods).map(BudgetWindow::start).orElse(date));
    }

    private LocalDate firstWindowStart(List<BudgetWindow> periods) {
        if (cadence == Cadence.MONTHLY) {
            return BudgetWindow.monthOf(startsOn).start();
        }
        return periods.stream().filter(p -> !p.end().isBefore(startsOn)).map(BudgetWindow::start)
            .min(Comparator.naturalOrder()).orElse(startsOn);
    }

    private static String validName(String name, List<FieldError> errors) {
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "must not be blank"));
            return null;
        }
        if (name.strip().length() > MAX_NAME) {
            errors.add(new FieldError("name", "must be at most " + MAX_NAME + " characters"));
            return null;
        }
        return name.strip();
    }

    private static void validLimit(Money limit, List<FieldError> errors) {
        if (limit != null && limit.isNegative()) {
            errors.add(new FieldError("limit", "must not be negative"));
        }
    }

    public UUID id() { return id; }
    public UUID bookId() { return bookId; }
    public UUID categoryId() { return categoryId; }
    public String name() { return name; }
    public String emoji() { return emoji; }
    public String color() { return color; }
    public Cadence cadence() { return cadence; }
    public boolean rollover() { return rollover; }
    public LocalDate startsOn() { return startsOn; }
    public LimitHistory limits() { return limits; }
    public long version() { return version; }
    public UUID createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
