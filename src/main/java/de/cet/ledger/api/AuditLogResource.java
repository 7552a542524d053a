package de.cet.ledger.api;

import de.cet.ledger.application.LedgerReadService;
import de.cet.ledger.api.RegisterDtos.*;
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

@Path("/books/{bookId}/audit-log")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Audit")
@SecurityRequirement(name = "bearer")
public class AuditLogResource {

    private final LedgerReadService ledger;
    private final CurrentUser currentUser;

    AuditLogResource(LedgerReadService ledger, CurrentUser currentUser) {
        this.ledger = ledger;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "listAuditLog", summary = "List the book's audit log",
        description = "ADMIN, TREASURER or AUDITOR; oldest first. Every entry is chained to the previous one by its hash.")
    public PageResponse<AuditEntryBody> auditLog(@PathParam("bookId") UUID bookId, @BeanParam PageQuery query) {
        PageRequest page = query.resolve(Set.of("sequence"), "sequence,asc");
        var result = ledger.auditLog(bookId, currentUser.id(), page.page(), page.size());
        return PageResponse.of(result.entries().stream().map(AuditEntryBody::of).toList(), page, result.totalItems());
    }

    @GET
    @Path("/verification")
    @Operation(operationId = "verifyAuditLog", summary = "Verify the audit log",
        description = "Recomputes the hash chain: whether it is intact, how many entries it has, and the first broken entry.")
    public VerificationBody verify(@PathParam("bookId") UUID bookId) {
        var v = ledger.verify(bookId, currentUser.id());
        return new VerificationBody(v.valid(), v.entries(), v.firstBrokenAt());
    }
}
