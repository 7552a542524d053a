package de.cet.ledger.domain.inventory;

import jakarta.persistence.*;

import de.cet.ledger.domain.catalogue.OfficialCatalogue;
import de.cet.ledger.domain.category.Category;
import de.cet.ledger.domain.common.InvalidStatusException;
import de.cet.ledger.domain.common.LedgerRuleViolation;
import de.cet.ledger.domain.transaction.Transaction;
import de.cet.ledger.domain.transaction.TransactionType;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An item of the inventory register. Invariants: it comes from a booked, unreversed EX-700 expense of the
 * same book, whose date and amount are its purchase date and price (they never change); it is disposed of
 * at most once, and not before it was bought.
 */
@Entity
@Table(name = "ledger_inventory_item")
public class InventoryItem {

    @Id

    private UUID id;
    @Column(name = "book_id", nullable = false)
    private UUID bookId;
    @Column(name = "transaction_id", nullable = false)
    private UUID transactionId;
    @Column(name = "description", length = 500, nullable = false)
    private String description;
    @Column(name = "date", nullable = false)
    private LocalDate date;
    @Column(name = "price", precision = 15, scale = 2, nullable = false)
    private Money price;
    @Column(name = "location", length = 200)
    private String location;
    @Column(name = "disposed_on")
    private LocalDate disposedOn;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected InventoryItem() {}

    public static InventoryItem fromExpense(UUID id, Transaction expense, Category category, String description,
                                            String location) {
        if (expense.type() != TransactionType.EXPENSE || !expense.isBooked() || expense.isReversal()
                || expense.reversedBy() != null) {
            throw new LedgerRuleViolation("not-inventory",
                "Inventory items come from booked, unreversed expenses only.");
        }
        if (category == null || !category.id().equals(expense.categoryId())
                || !OfficialCatalogue.EX_700.equals(category.officialCode())) {
            throw new LedgerRuleViolation("not-inventory",
                "Inventory items come from expenses in a category mapped to EX-700 (equipment and inventory).");
        }
        InventoryItem item = new InventoryItem();
        item.id = Objects.requireNonNull(id, "id");
        item.bookId = expense.bookId();
        item.transactionId = expense.id();
        item.date = expense.date();
        item.price = expense.amount();
        item.describe(description != null ? description : expense.description());
        item.relocate(location);
        return item;
    }

    public void describe(String newDescription) {
        if (newDescription == null || newDescription.isBlank()) {
            throw new InvalidInputException("description", "must not be blank");
        }
        if (newDescription.strip().length() > 500) {
            throw new InvalidInputException("description", "must be at most 500 characters");
        }
        this.description = newDescription.strip();
    }

    /** Where the item is kept (office, member's home); may be unknown (null). */
    public void relocate(String newLocation) {
        if (newLocation != null && newLocation.strip().length() > 200) {
            throw new InvalidInputException("location", "must be at most 200 characters");
        }
        this.location = newLocation == null || newLocation.isBlank() ? null : newLocation.strip();
    }

    public void dispose(LocalDate on) {
        if (on == null) {
            throw new InvalidInputException("disposedOn", "is required");
        }
        if (disposedOn != null) {
            throw new InvalidStatusException("The item was already disposed of on " + disposedOn + ".");
        }
        if (on.isBefore(date)) {
            throw new InvalidInputException("disposedOn", "must not be before the purchase date " + date);
        }
        this.disposedOn = on;
    }

    public boolean isDisposed() {
        return disposedOn != null;
    }

    public UUID id() { return id; }
    public UUID bookId() { return bookId; }
    public UUID transactionId() { return transactionId; }
    public String description() { return description; }
    public LocalDate date() { return date; }
    public Money price() { return price; }
    public String location() { return location; }
    public LocalDate disposedOn() { return disposedOn; }
    public long version() { return version; }
}
