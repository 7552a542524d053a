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

@Path("/books/{bookId}/advances")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Advances")
@SecurityRequirement(name = "bearer")
public class AdvanceResource {

    private final LedgerReadService ledger;
    private final CurrentUser currentUser;

    AdvanceResource(LedgerReadService ledger, CurrentUser currentUser) {
        this.ledger = ledger;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "listAdvances", summary = "List open advances per member",
        description = "What the book owes each member who paid from their own pocket, until it is reimbursed.")
    public List<AdvanceBody> advances(@PathParam("bookId") UUID bookId) {
        return ledger.advances(bookId, currentUser.id()).stream()
            .map(a -> new AdvanceBody(a.memberId(), a.displayName(), a.amount())).toList();
    }

}
