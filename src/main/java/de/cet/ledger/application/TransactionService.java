package de.cet.ledger.application;

import de.cet.ledger.domain.account.Account;
import de.cet.ledger.domain.balance.AdvanceCalculator;
import de.cet.ledger.domain.balance.CashBalancePolicy;
import de.cet.ledger.domain.catalogue.OfficialCatalogue;
import de.cet.ledger.domain.category.Category;
import de.cet.ledger.domain.common.Actor;
import de.cet.ledger.domain.inventory.InventoryItem;
import de.cet.ledger.domain.inventory.InventoryRepository;
import de.cet.ledger.domain.receipt.ReceiptRepository;
import de.cet.ledger.domain.transaction.ComplianceWarning;
import de.cet.ledger.domain.transaction.CompliancePolicy;
import de.cet.ledger.domain.transaction.LedgerContext;
import de.cet.ledger.domain.transaction.Transaction;
import de.cet.ledger.domain.transaction.TransactionChange;
import de.cet.ledger.domain.transaction.TransactionContent;
import de.cet.ledger.domain.transaction.TransactionRepository;
import de.cet.ledger.domain.transaction.TransactionStatus;
import de.cet.ledger.domain.transaction.TransactionType;
import de.cet.shared.concurrency.ExpectedVersion;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.error.NotFoundException;
import de.cet.shared.idempotency.Idempotency;
import de.cet.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Ledger entries and their workflow. Every change goes to the entry's history and to the book's audit
 * chain in the same transaction; booking checks the rules that need other entries (a cash box never
 * negative, a reimbursement within the open advances) and registers EX-700 purchases in the inventory.
 */
@ApplicationScoped
public class TransactionService {

    /** A create: the content, {@code status} DRAFT (default), SUBMITTED or BOOKED, and an optional split. */
    public record NewTransaction(TransactionContent content, TransactionStatus status, EntrySplits.SplitRequest split) {
        /** An entry no members share. */
        public NewTransaction(TransactionContent content, TransactionStatus status) {
            this(content, status, null);
        }

        /** What a repeat with the same Idempotency-Key must match: the content as stored, the status, the split. */
        Map<String, Object> fingerprint() {
            Map<String, Object> f = new LinkedHashMap<>(content.snapshot());
            f.put("status", status == null ? null : status.name());
            f.put("split", split);
            return f;
        }
    }

    /**
     * An edit (PATCH): the fields {@code given} (unset ones keep their value), the optional ones the caller
     * {@code cleared} (explicit null; {@code "split"} removes the split) and a new split, if any.
     */
    public record TransactionEdit(TransactionContent.Builder given, Set<String> cleared, EntrySplits.SplitRequest split) {
        public TransactionEdit {
            cleared = cleared == null ? Set.of() : Set.copyOf(cleared);
        }

        /** An edit that leaves the split alone (or fits it to a changed amount). */
        public TransactionEdit(TransactionContent.Builder given, Set<String> cleared) {
            this(given, cleared, null);
        }
    }

    public record TransactionView(Transaction transaction, List<ComplianceWarning> warnings) {}

    /** A page of the search; {@code last} is its last entry's position when more entries follow (else null). */
    public record SearchPage(List<TransactionView> items, long totalItems, Money income, Money expense,
                             LedgerQueries.Position last) {}

    private final LedgerAccess access;
    private final TransactionRepository transactions;
    private final ReceiptRepository receipts;
    private final InventoryRepository inventory;
    private final LedgerQueries queries;
    private final AuditTrail audit;
    private final Idempotency idempotency;
    private final EntrySplits splits;
    private final Event<TransactionChanged> changed;
    private final Clock clock;

    TransactionService(LedgerAccess access, TransactionRepository transactions, ReceiptRepository receipts,
                       InventoryRepository inventory, LedgerQueries queries, AuditTrail audit, Idempotency idempotency,
                       EntrySplits splits, Event<TransactionChanged> changed, Clock clock) {
        this.access = access;
        this.transactions = transactions;
        this.receipts = receipts;
        this.inventory = inventory;
        this.queries = queries;
        this.audit = audit;
        this.idempotency = idempotency;
        this.splits = splits;
        this.changed = changed;
        this.clock = clock;
    }

    @Transactional
    public TransactionView create(UUID bookId, UUID userId, String idempotencyKey, NewTransaction in) {
        Actor actor = access.actor(bookId, userId);
        // Loaded once for the checks and the answer's warnings: nothing in between changes the book's set-up.
        LedgerContext context = access.context(bookId);
        UUID id = idempotency.execute(userId + " POST /books/" + bookId + "/transactions", idempotencyKey,
                in.fingerprint(), UUID.class, () -> {
            TransactionContent data = in.content();
            requireReceiptsOfBook(bookId, data.receiptIds());
            Transaction tx = Transaction.create(UUID.randomUUID(), data,
                in.status() == null ? TransactionStatus.DRAFT : in.status(), actor, context, clock.instant());
            if (tx.isBooked()) {
                checkBooking(tx, context);
            }
            store(tx, in.split() == null ? null : () -> splits.apply(tx, actor, in.split(), false), false);
            if (tx.isBooked()) {
                registerInventory(tx, context, actor);
            }
            return tx.id();
        }).result();
        return view(find(bookId, id), context);
    }

    @Transactional
    public TransactionView get(UUID bookId, UUID userId, UUID id) {
        access.actor(bookId, userId);
        return view(find(bookId, id), access.warningSetup(bookId));
    }

    @Transactional
    public TransactionView edit(UUID bookId, UUID userId, UUID id, ExpectedVersion expected, TransactionEdit in) {
        Actor actor = access.actor(bookId, userId);
        Transaction tx = find(bookId, id);
        expected.check(tx.version());
        LedgerContext context = access.context(bookId);
        TransactionContent merged = tx.content().patched(in.given(), in.cleared());
        requireReceiptsOfBook(bookId, merged.receiptIds());
        tx.edit(merged, actor, context, clock.instant());
        store(tx, () -> splits.apply(tx, actor, in.split(), in.cleared().contains("split")), true);
        return view(tx, context);
    }

    @Transactional
    public void delete(UUID bookId, UUID userId, UUID id) {
        Actor actor = access.actor(bookId, userId);
        Transaction tx = find(bookId, id);
        TransactionChange deleted = tx.delete(actor, access.context(bookId), clock.instant());
        tx.takeNewChanges();
        transactions.delete(tx);
        transactions.appendHistory(bookId, id, List.of(deleted));
        audit(bookId, id, deleted);
        fire(tx, deleted);
    }

    @Transactional
    public TransactionView submit(UUID bookId, UUID userId, UUID id) {
        Actor actor = access.actor(bookId, userId);
        Transaction tx = find(bookId, id);
        LedgerContext context = access.context(bookId);
        tx.submit(actor, context, clock.instant());
        store(tx);
        return view(tx, context);
    }

    @Transactional
    public TransactionView approve(UUID bookId, UUID userId, UUID id) {
        Actor actor = access.actor(bookId, userId);
        Transaction tx = find(bookId, id);
        LedgerContext context = access.context(bookId);
        tx.approve(actor, context, clock.instant());
        store(tx);
        return view(tx, context);
    }

    @Transactional
    public TransactionView reject(UUID bookId, UUID userId, UUID id, String reason) {
        Actor actor = access.actor(bookId, userId);
        Transaction tx = find(bookId, id);
        LedgerContext context = access.context(bookId);
        tx.reject(actor, reason, context, clock.instant());
        store(tx);
        return view(tx, context);
    }

    /** A rejected entry becomes a new draft linked to it. */
    @Transactional
    public TransactionView rework(UUID bookId, UUID userId, UUID id) {
        Actor actor = access.actor(bookId, userId);
        Transaction tx = find(bookId, id);
        LedgerContext context = access.context(bookId);
        Transaction copy = tx.rework(UUID.randomUUID(), actor, context, clock.instant());
        store(copy);
        store(tx);
        splits.copy(tx, copy);
        return view(copy, context);
    }

    @Transactional
    public TransactionView book(UUID bookId, UUID userId, UUID id, UUID accountId, LocalDate date) {
        Actor actor = access.actor(bookId, userId);
        Transaction tx = find(bookId, id);
        LedgerContext context = access.context(bookId);
        tx.book(actor, accountId, date, context, clock.instant());
        checkBooking(tx, context);
        store(tx);
        registerInventory(tx, context, actor);
        return view(tx, context);
    }

    /** Answers the reversal entry (the reversed one links to it through {@code reversedBy}). */
    @Transactional
    public TransactionView reverse(UUID bookId, UUID userId, UUID id, String reason, LocalDate date) {
        Actor actor = access.actor(bookId, userId);
        Transaction tx = find(bookId, id);
        LedgerContext context = access.context(bookId);
        Transaction reversal = tx.reverse(UUID.randomUUID(), actor, reason, date, context, clock.instant());
        store(reversal);
        store(tx);
        splits.copy(tx, reversal);
        checkBooking(reversal, context);
        return view(reversal, context);
    }

    @Transactional
    public List<TransactionChange> history(UUID bookId, UUID userId, UUID id) {
        access.actor(bookId, userId);
        List<TransactionChange> history = transactions.history(bookId, id);
        if (history.isEmpty()) {
            throw notFound();
        }
        return history;
    }

    @Transactional
    public SearchPage search(UUID bookId, UUID userId, LedgerQueries.Criteria criteria, int page, int size,
                             String sortField, boolean ascending, LedgerQueries.Position after) {
        access.actor(bookId, userId);
        LedgerQueries.SearchResult result = queries.search(bookId, criteria, page, size, sortField, ascending, after);
        // Only what the warnings read (periods and members are for changes), loaded once for the page.
        LedgerAccess.WarningSetup setup = result.ids().isEmpty() ? null : access.warningSetup(bookId);
        List<TransactionView> items = new ArrayList<>();
        for (Transaction tx : transactions.findAll(bookId, result.ids())) {
            items.add(view(tx, setup));
        }
        return new SearchPage(items, result.totalItems(), result.income(), result.expense(), result.last());
    }

    private void checkBooking(Transaction tx, LedgerContext context) {
        for (UUID accountId : new UUID[] {tx.accountId(), tx.toAccountId()}) {
            Account account = accountId == null ? null : context.accounts().get(accountId);
            if (account != null && account.isCash()) {
                CashBalancePolicy.check(account, transactions.bookedOnAccount(tx.bookId(), accountId), tx);
            }
        }
        if (tx.isReimbursement()) {
            AdvanceCalculator.requireCovered(tx, transactions.bookedAdvancesOf(tx.bookId(), tx.reimbursesMemberId()));
        }
    }

    /** A booked purchase in a category mapped to EX-700 goes into the inventory register. */
    private void registerInventory(Transaction tx, LedgerContext context, Actor actor) {
        Category category = tx.categoryId() == null ? null : context.categories().get(tx.categoryId());
        if (!tx.isBooked() || tx.isReversal() || category == null
                || !OfficialCatalogue.EX_700.equals(category.officialCode())) {
            return;
        }
        String description = tx.description() != null ? tx.description()
            : tx.counterparty() != null ? tx.counterparty() : category.name();
        InventoryItem item = InventoryItem.fromExpense(UUID.randomUUID(), tx, category, description, null);
        inventory.save(item);
        audit.record(tx.bookId(), actor.userId(), "INVENTORY_ITEM_CREATED", "InventoryItem", item.id(), Payloads.inventory(item));
    }

    private void requireReceiptsOfBook(UUID bookId, List<UUID> receiptIds) {
        for (UUID receiptId : receiptIds) {
            if (receiptId != null && receipts.find(bookId, receiptId).isEmpty()) {
                throw new InvalidInputException("receiptIds", "contains " + receiptId + ", which is not a receipt of this book");
            }
        }
    }

    private void store(Transaction tx) {
        store(tx, null, false);
    }

    /**
     * Saves the entry, then ({@code split} not null) its split, whose before and after go into the changes
     * of this store. A change of the split alone is a change of the entry: {@code existing} entries get a
     * new version then, so that a stale {@code If-Match} on the split is refused too.
     */
    private void store(Transaction tx, Supplier<EntrySplits.Change> split, boolean existing) {
        List<TransactionChange> changes = tx.takeNewChanges();
        long version = tx.version();
        transactions.save(tx);
        EntrySplits.Change splitChange = split == null ? null : split.get();
        if (splitChange != null && splitChange.changed()) {
            if (existing && tx.version() == version) {
                transactions.newVersion(tx);
            }
            changes = withSplit(changes, splitChange);
        }
        transactions.appendHistory(tx.bookId(), tx.id(), changes);
        for (TransactionChange change : changes) {
            audit(tx.bookId(), tx.id(), change);
            fire(tx, change);
        }
    }

    private void fire(Transaction tx, TransactionChange change) {
        changed.fire(new TransactionChanged(tx.bookId(), tx.id(), change.action(), change.actor(), tx.status(),
            tx.type(), tx.amount(), tx.date(), tx.categoryId(), tx.description(), tx.counterparty(), tx.paidByMemberId(),
            tx.reimbursesMemberId()));
    }

    /** The split's snapshot under {@code split}: before the first change as it was, after each as it is now. */
    private static List<TransactionChange> withSplit(List<TransactionChange> changes, EntrySplits.Change split) {
        List<TransactionChange> out = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            TransactionChange c = changes.get(i);
            Map<String, Object> before = new LinkedHashMap<>(c.before());
            if (!before.isEmpty()) {
                before.put("split", i == 0 ? split.before() : split.after());
            }
            Map<String, Object> after = new LinkedHashMap<>(c.after());
            after.put("split", split.after());
            out.add(new TransactionChange(c.actor(), c.at(), c.action(), before, after));
        }
        return out;
    }

    private void audit(UUID bookId, UUID transactionId, TransactionChange change) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("changed", List.copyOf(change.changedFields()));
        payload.put("before", change.before());
        payload.put("after", change.after());
        audit.record(bookId, change.actor(), "TRANSACTION_" + change.action().name(), "Transaction", transactionId, payload);
    }

    private TransactionView view(Transaction tx, LedgerContext context) {
        return new TransactionView(tx, CompliancePolicy.warningsFor(tx, context, OfficialCatalogue.current()));
    }

    private TransactionView view(Transaction tx, LedgerAccess.WarningSetup setup) {
        return new TransactionView(tx, CompliancePolicy.warningsFor(tx, setup.accounts(), setup.categories(),
            setup.rules(), OfficialCatalogue.current()));
    }

    private Transaction find(UUID bookId, UUID id) {
        return transactions.find(bookId, id).orElseThrow(TransactionService::notFound);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("transaction-not-found", "No such transaction.");
    }
}
