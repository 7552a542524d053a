package de.cet.ledger.api;

import de.cet.ledger.application.LedgerReadService;
import de.cet.ledger.domain.audit.AuditEntry;
import de.cet.ledger.domain.inventory.InventoryItem;
import de.cet.shared.access.CurrentUser;
import de.cet.shared.api.PageQuery;
import de.cet.shared.api.PageRequest;
import de.cet.shared.api.PageResponse;
import de.cet.shared.concurrency.ExpectedVersion;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of advances, inventory and audit log. */
final class RegisterDtos {
    private RegisterDtos() {}



    @Schema(name = "Advance", description = "What the book owes a member who paid from their own pocket, until reimbursed.")
    record AdvanceBody(UUID memberId, String displayName, Money amount) {}

    @Schema(name = "InventoryItem")
    record InventoryBody(UUID id, String description, LocalDate date, Money price, String location, UUID transactionId,
                         LocalDate disposedOn, long version) {
        static InventoryBody of(InventoryItem i) {
            return new InventoryBody(i.id(), i.description(), i.date(), i.price(), i.location(), i.transactionId(),
                i.disposedOn(), i.version());
        }
    }

    @Schema(name = "UpdateInventoryItemRequest", description = "Absent or null fields keep their value. Needs `If-Match` or `version`.")
    record ChangeInventoryBody(String description, String location, LocalDate disposedOn, Long version) {}

    @Schema(name = "AuditEntry")
    record AuditEntryBody(long sequence, UUID actorId, Instant at, String action, String entityType, String entityId,
                          String payload, String prevHash, String hash) {
        static AuditEntryBody of(AuditEntry e) {
            return new AuditEntryBody(e.sequence(), e.actorId(), e.at(), e.action(), e.entityType(), e.entityId(),
                e.payload(), e.prevHash(), e.hash());
        }
    }

    @Schema(name = "AuditVerification", description = "The result of recomputing the hash chain; `firstBrokenAt` is the sequence of the first entry that does not match.")
    record VerificationBody(boolean valid, long entries, Long firstBrokenAt) {}

}
