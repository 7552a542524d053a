package de.cet.budgeting.application;

import de.cet.books.domain.BookCreated;
import de.cet.budgeting.domain.Budget;
import de.cet.budgeting.domain.BudgetDefaults;
import de.cet.budgeting.domain.BudgetRepository;
import de.cet.budgeting.domain.BudgetStatus;
import de.cet.budgeting.domain.BudgetWindow;
import de.cet.ledger.application.AuditTrail;
import de.cet.ledger.application.LedgerAccess;
import de.cet.ledger.application.TransactionChanged;
import de.cet.ledger.domain.catalogue.CategoryKind;
import de.cet.ledger.domain.category.Category;
import de.cet.ledger.domain.category.CategoryRepository;
import de.cet.ledger.domain.period.AccountingPeriod;
import de.cet.ledger.domain.period.PeriodRepository;
import de.cet.ledger.domain.transaction.TransactionStatus;
import de.cet.shared.concurrency.ExpectedVersion;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.error.NotFoundException;
import de.cet.shared.idempotency.Idempotency;
import de.cet.shared.money.Money;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Budgets of a book: every member reads them and their status; admins and treasurers (who keep the books)
 * create, change and delete them; non-members get 404. A status is computed when asked, from the ledger's
 * booked effect ({@link LedgerSpending}): nothing is re-entered when a limit changes, and deleting a budget
 * touches no entry.
 */
@ApplicationScoped
public class BudgetService {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** A budget as the API shows it: its content and the limit that holds today. */
    public record BudgetView(Budget budget, Money limit, boolean categoryArchived) {}

    /** A budget's status in the window containing the asked day. */
    public record StatusView(Budget budget, BudgetStatus status, boolean categoryArchived) {}

    private final LedgerAccess access;
    private final BudgetRepository budgets;
    private final CategoryRepository categories;
    private final PeriodRepository periods;
    private final LedgerSpending spending;
    private final AuditTrail audit;
    private final Idempotency idempotency;
    private final Event<BudgetThresholdReached> thresholdReached;
    private final Clock clock;

    BudgetService(LedgerAccess access, BudgetRepository budgets, CategoryRepository categories, PeriodRepository periods,
                  LedgerSpending spending, AuditTrail audit, Idempotency idempotency,
                  Event<BudgetThresholdReached> thresholdReached, Clock clock) {
        this.access = access;
        this.budgets = budgets;
        this.categories = categories;
        this.periods = periods;
        this.spending = spending;
        this.audit = audit;
        this.idempotency = idempotency;
        this.thresholdReached = thresholdReached;
        this.clock = clock;
    }

    // --- queries --------------------------------------------------------------------------------

    @Transactional
    public List<BudgetView> list(UUID bookId, UUID userId) {
        access.actor(bookId, userId);
        Map<UUID, Category> byId = categoriesOf(bookId);
        List<BudgetWindow> windows = periodWindows(bookId);
        LocalDate today = today();
        return budgets.ofBook(bookId).stream().map(b -> view(b, byId, windows, today)).toList();
    }

    @Transactional
    public BudgetView get(UUID bookId, UUID userId, UUID budgetId) {
        access.actor(bookId, userId);
        return view(find(bookId, budgetId), categoriesOf(bookId), periodWindows(bookId), today());
    }

    /**
     * Every budget's status for the window of its cadence containing {@code date} (default today), as seen
     * today; budgets without a window then (not started yet, or a PERIOD budget on a day in no period) are
     * left out. Every member; non-members 404.
     */
    @Transactional
    public List<StatusView> status(UUID bookId, UUID userId, LocalDate date) {
        access.actor(bookId, userId);
        return statusOf(bookId, date == null ? today() : date);
    }

    private List<StatusView> statusOf(UUID bookId, LocalDate date) {
        LocalDate today = today();
        Map<UUID, Category> byId = categoriesOf(bookId);
        Map<UUID, Set<UUID>> trees = trees(byId);
        List<BudgetWindow> windows = periodWindows(bookId);
        List<StatusView> out = new ArrayList<>();
        for (Budget b : budgets.ofBook(bookId)) {
            statusOf(b, date, today, windows, trees).ifPresent(s -> out.add(new StatusView(b, s, archived(b, byId))));
        }
        return out;
    }

    private Optional<BudgetStatus> statusOf(Budget b, LocalDate date, LocalDate today, List<BudgetWindow> windows,
                                            Map<UUID, Set<UUID>> trees) {
        List<BudgetWindow> chain = b.chain(date, windows);
        if (chain.isEmpty()) {
            return Optional.empty();
        }
        Set<UUID> covered = trees.getOrDefault(b.categoryId(), Set.of(b.categoryId()));
        List<BudgetStatus.WindowSpending> figures = new ArrayList<>();
        // one read over the whole chain; a window is the sum of its months (the edges of ledger_effect_sums'
        // range are exact to the day, so a period that starts mid-month is read by its own range)
        boolean monthly = b.cadence() == de.cet.budgeting.domain.Cadence.MONTHLY;
        Map<UUID, Map<LocalDate, Money>> all = monthly
            ? spending.expenseByCategoryAndMonth(b.bookId(), chain.get(0).start(), chain.get(chain.size() - 1).end())
            : null;
        for (BudgetWindow w : chain) {
            Map<UUID, Map<LocalDate, Money>> sums = monthly ? all
                : spending.expenseByCategoryAndMonth(b.bookId(), w.start(), w.end());
            Money spent = Money.ZERO;
            for (UUID category : covered) {
                for (Map.Entry<LocalDate, Money> m : sums.getOrDefault(category, Map.of()).entrySet()) {
                    if (w.contains(m.getKey()) || !monthly) {
                        spent = spent.plus(m.getValue());
                    }
                }
            }
            figures.add(new BudgetStatus.WindowSpending(w, b.limitFor(w.start()), spent));
        }
        return Optional.of(BudgetStatus.of(figures, b.rollover(), today));
    }

    // --- changes --------------------------------------------------------------------------------

    @Transactional
    public BudgetView create(UUID bookId, UUID userId, String idempotencyKey, Budget.Content in) {
        access.bookkeeper(bookId, userId);
        UUID id = idempotency.execute(userId + " POST /books/" + bookId + "/budgets", idempotencyKey, in, UUID.class, () -> {
            Map<UUID, Category> byId = categoriesOf(bookId);
            Category category = requireCategory(in.categoryId(), byId, true);
            Budget.Content content = new Budget.Content(in.categoryId(),
                in.name() == null && category != null ? category.name() : in.name(),
                look(in.emoji(), category == null ? null : category.emoji(), true),
                look(in.color(), category == null ? null : category.color(), false),
                in.limit(), in.cadence(), in.rollover(), in.startsOn() == null ? today().withDayOfMonth(1) : in.startsOn());
            Budget b = Budget.create(UUID.randomUUID(), bookId, content, periodWindows(bookId), userId,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
            budgets.save(b, true);
            audit.record(bookId, userId, "BUDGET_CREATED", "Budget", b.id(), snapshot(b));
            return b.id();
        }).result();
        return view(find(bookId, id), categoriesOf(bookId), periodWindows(bookId), today());
    }

    @Transactional
    public BudgetView edit(UUID bookId, UUID userId, UUID budgetId, ExpectedVersion expected, Budget.Content change) {
        access.bookkeeper(bookId, userId);
        Budget b = find(bookId, budgetId);
        expected.check(b.version());
        Map<UUID, Category> byId = categoriesOf(bookId);
        if (change.categoryId() != null && !change.categoryId().equals(b.categoryId())) {
            requireCategory(change.categoryId(), byId, true);
        }
        Budget.Content checked = new Budget.Content(change.categoryId(), change.name(),
            change.emoji() == null ? null : look(change.emoji(), null, true),
            change.color() == null ? null : look(change.color(), null, false),
            change.limit(), change.cadence(), change.rollover(), change.startsOn());
        Map<String, Object> before = snapshot(b);
        List<BudgetWindow> windows = periodWindows(bookId);
        if (b.edit(checked, today(), windows)) {
            budgets.save(b, false);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("before", before);
            payload.put("after", snapshot(b));
            audit.record(bookId, userId, "BUDGET_CHANGED", "Budget", b.id(), payload);
        }
        return view(b, byId, windows, today());
    }

    /** Deletes the budget, its limits and threshold marks; no transaction is touched. */
    @Transactional
    public void delete(UUID bookId, UUID userId, UUID budgetId) {
        access.bookkeeper(bookId, userId);
        Budget b = find(bookId, budgetId);
        budgets.delete(bookId, budgetId);
        audit.record(bookId, userId, "BUDGET_DELETED", "Budget", b.id(), snapshot(b));
    }

    // --- reactions ------------------------------------------------------------------------------

    /** A new household starts with its two default budgets (after the ledger made its categories). */
    void onBookCreated(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) BookCreated event) {
        List<BudgetDefaults.Template> templates = BudgetDefaults.forBookKind(event.kind().name());
        if (templates.isEmpty()) {
            return;
        }
        List<Category> bookCategories = categories.ofBook(event.bookId());
        List<BudgetWindow> windows = periodWindows(event.bookId());
        LocalDate start = today().withDayOfMonth(1);
        for (BudgetDefaults.Template t : templates) {
            bookCategories.stream()
                .filter(c -> c.name().equals(t.categoryName()) && c.officialCode().equals(t.officialCode()))
                .findFirst().ifPresent(c -> {
                    Budget b = Budget.create(UUID.randomUUID(), event.bookId(), new Budget.Content(c.id(), t.name(),
                        c.emoji(), c.color(), t.limit(), null, false, start), windows, event.createdBy(),
                        clock.instant().truncatedTo(ChronoUnit.MICROS));
                    budgets.save(b, true);
                    audit.record(event.bookId(), event.createdBy(), "BUDGET_CREATED", "Budget", b.id(), snapshot(b));
                });
        }
    }

    /**
     * After a booked entry was stored: for each budget covering its category, the window containing the
     * entry's date is checked; a threshold reached there for the first time is marked (in this transaction)
     * and announced. Only booked entries count, so nothing else can cross a threshold.
     */
    void onLedgerEntryChanged(@Observes TransactionChanged event) {
        if (event.status() != TransactionStatus.BOOKED || event.categoryId() == null) {
            return;
        }
        List<Budget> ofBook = budgets.ofBook(event.bookId());
        if (ofBook.isEmpty()) {
            return;
        }
        Map<UUID, Category> byId = categoriesOf(event.bookId());
        Map<UUID, Set<UUID>> trees = trees(byId);
        List<BudgetWindow> windows = periodWindows(event.bookId());
        LocalDate today = today();
        for (Budget b : ofBook) {
            if (!trees.getOrDefault(b.categoryId(), Set.of(b.categoryId())).contains(event.categoryId())) {
                continue;
            }
            Optional<BudgetStatus> status = statusOf(b, event.date(), today, windows, trees);
            if (status.isEmpty()) {
                continue;
            }
            BudgetWindow w = status.get().window();
            for (int percent : status.get().thresholdsReached()) {
                if (budgets.markReached(b.id(), w, percent, event.transactionId(), clock.instant())) {
                    thresholdReached.fire(new BudgetThresholdReached(b.bookId(), b.id(), b.name(), percent, w.start(),
                        w.end()));
                }
            }
        }
    }

    // --- helpers --------------------------------------------------------------------------------

    private BudgetView view(Budget b, Map<UUID, Category> byId, List<BudgetWindow> windows, LocalDate today) {
        return new BudgetView(b, b.limitOn(today, windows), archived(b, byId));
    }

    private static boolean archived(Budget b, Map<UUID, Category> byId) {
        Category c = byId.get(b.categoryId());
        return c == null || c.archived();
    }

    private Budget find(UUID bookId, UUID budgetId) {
        return budgets.find(bookId, budgetId)
            .orElseThrow(() -> new NotFoundException("budget-not-found", "No such budget."));
    }

    /** A budget is on an expense category of the book; a new one not on an archived category. */
    private static Category requireCategory(UUID categoryId, Map<UUID, Category> byId, boolean refuseArchived) {
        if (categoryId == null) {
            return null; // reported with the budget's other missing fields
        }
        Category c = byId.get(categoryId);
        if (c == null) {
            throw new InvalidInputException("categoryId", "is not a category of this book");
        }
        if (c.kind() != CategoryKind.EXPENSE) {
            throw new InvalidInputException("categoryId", "must be an expense category: a budget limits spending");
        }
        if (refuseArchived && c.archived()) {
            throw new InvalidInputException("categoryId", "is archived; unarchive it or choose another category");
        }
        return c;
    }

    /** The budget's emoji and colour: as given (checked as a category's are), else the category's. */
    private static String look(String given, String fallback, boolean emoji) {
        if (given == null) {
            return fallback;
        }
        return emoji ? Category.validEmoji(given) : Category.validColor(given);
    }

    private Map<UUID, Category> categoriesOf(UUID bookId) {
        Map<UUID, Category> map = new HashMap<>();
        categories.ofBook(bookId).forEach(c -> map.put(c.id(), c));
        return map;
    }

    /** Each category with itself and every category below it: a budget covers its category's sub-categories. */
    static Map<UUID, Set<UUID>> trees(Map<UUID, Category> byId) {
        Map<UUID, Set<UUID>> trees = new HashMap<>();
        for (Category c : byId.values()) {
            // walk up from every category and add it to each ancestor's tree (the ledger refuses cycles)
            Set<UUID> seen = new HashSet<>();
            for (Category cursor = c; cursor != null && seen.add(cursor.id());
                 cursor = cursor.parentId() == null ? null : byId.get(cursor.parentId())) {
                trees.computeIfAbsent(cursor.id(), k -> new HashSet<>()).add(c.id());
            }
        }
        return trees;
    }

    private List<BudgetWindow> periodWindows(UUID bookId) {
        return periods.ofBook(bookId).stream().sorted(Comparator.comparing(AccountingPeriod::startDate))
            .map(p -> new BudgetWindow(p.startDate(), p.endDate())).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BERLIN));
    }

    private static Map<String, Object> snapshot(Budget b) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("categoryId", b.categoryId().toString());
        s.put("name", b.name());
        s.put("emoji", b.emoji());
        s.put("color", b.color());
        s.put("cadence", b.cadence().name());
        s.put("rollover", b.rollover());
        s.put("startsOn", b.startsOn().toString());
        Map<String, Object> limits = new LinkedHashMap<>();
        b.limits().asMap().forEach((from, amount) -> limits.put(from.toString(), amount.toString()));
        s.put("limits", limits);
        return s;
    }
}
