package de.cet.ledger.application;

import de.cet.books.application.MemberDirectory;
import de.cet.ledger.domain.audit.AuditChain;
import de.cet.ledger.domain.audit.AuditEntry;
import de.cet.ledger.domain.audit.AuditLog;
import de.cet.ledger.domain.audit.AuditVerification;
import de.cet.ledger.domain.common.Actor;
import de.cet.ledger.domain.inventory.InventoryItem;
import de.cet.ledger.domain.inventory.InventoryRepository;
import de.cet.shared.concurrency.ExpectedVersion;
import de.cet.shared.error.NotFoundException;
import de.cet.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Advances, the inventory register and the audit log of a book. */
@ApplicationScoped
public class LedgerReadService {

    public record OpenAdvance(UUID memberId, String displayName, Money amount) {}

    public record AuditPage(List<AuditEntry> entries, long totalItems) {}

    /** Fields to change on an inventory item; null keeps the value. */
    public record InventoryChange(String description, String location, LocalDate disposedOn) {}

    private final LedgerAccess access;
    private final InventoryRepository inventory;
    private final AuditLog auditLog;
    private final LedgerQueries queries;
    private final AuditTrail audit;
    private final MemberDirectory directory;
    private final int verificationChunk;

    LedgerReadService(LedgerAccess access, InventoryRepository inventory,
                      AuditLog auditLog, LedgerQueries queries, AuditTrail audit, MemberDirectory directory,
                      @ConfigProperty(name = "cet.audit.verification-chunk", defaultValue = "1000") int verificationChunk) {
        this.access = access;
        this.inventory = inventory;
        this.auditLog = auditLog;
        this.queries = queries;
        this.audit = audit;
        this.directory = directory;
        this.verificationChunk = verificationChunk;
    }

    /** What the book owes each member for booked advances not yet reimbursed (members with nothing open are left out). */
    @Transactional
    public List<OpenAdvance> advances(UUID bookId, UUID userId) {
        access.actor(bookId, userId);
        Map<UUID, Money> open = queries.openAdvances(bookId);
        var profiles = directory.profiles(open.keySet());
        List<OpenAdvance> result = new ArrayList<>();
        open.forEach((member, amount) -> {
            if (amount.isPositive()) {
                var p = profiles.get(member);
                result.add(new OpenAdvance(member, p == null ? null : p.displayName(), amount));
            }
        });
        result.sort(Comparator.comparing(a -> a.displayName() == null ? "" : a.displayName()));
        return result;
    }

    @Transactional
    public List<InventoryItem> inventory(UUID bookId, UUID userId) {
        access.actor(bookId, userId);
        return inventory.ofBook(bookId);
    }

    @Transactional
    public InventoryItem inventoryItem(UUID bookId, UUID userId, UUID itemId) {
        access.actor(bookId, userId);
        return findItem(bookId, itemId);
    }

    @Transactional
    public InventoryItem changeInventory(UUID bookId, UUID userId, UUID itemId, ExpectedVersion expected, InventoryChange in) {
        Actor actor = access.bookkeeper(bookId, userId);
        InventoryItem item = findItem(bookId, itemId);
        expected.check(item.version());
        if (in.description() != null) {
            item.describe(in.description());
        }
        if (in.location() != null) {
            item.relocate(in.location());
        }
        if (in.disposedOn() != null) {
            item.dispose(in.disposedOn());
        }
        inventory.save(item);
        audit.record(bookId, actor.userId(), "INVENTORY_ITEM_CHANGED", "InventoryItem", item.id(), Payloads.inventory(item));
        return item;
    }

    @Transactional
    public AuditPage auditLog(UUID bookId, UUID userId, LedgerQueries.AuditFilter filter, int page, int size) {
        access.auditReader(bookId, userId);
        return new AuditPage(queries.auditPage(bookId, filter, page * size, size), queries.auditCount(bookId, filter));
    }

    @Transactional
    public AuditVerification verify(UUID bookId, UUID userId) {
        access.auditReader(bookId, userId);
        // in chunks: the whole chain of a busy book does not fit the heap (bench/listing: 200 000 entries, 500)
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        long after = 0;
        List<AuditEntry> chunk;
        do {
            chunk = auditLog.entriesAfter(bookId, after, verificationChunk);
            chunk.forEach(verifier::accept);
            if (!chunk.isEmpty()) {
                after = chunk.get(chunk.size() - 1).sequence();
            }
        } while (chunk.size() == verificationChunk);
        return verifier.result();
    }

    private InventoryItem findItem(UUID bookId, UUID itemId) {
        return inventory.find(bookId, itemId).orElseThrow(() -> new NotFoundException("inventory-item-not-found", "No such inventory item."));
    }
}
