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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("/books/{bookId}/inventory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Inventory")
@SecurityRequirement(name = "bearer")
public class InventoryResource {

    private final LedgerReadService ledger;
    private final CurrentUser currentUser;

    InventoryResource(LedgerReadService ledger, CurrentUser currentUser) {
        this.ledger = ledger;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "listInventory", summary = "List the inventory register",
        description = "The items bought with booked expenses of the official inventory category (EX-700).")
    public PageResponse<InventoryBody> inventory(@PathParam("bookId") UUID bookId, @BeanParam PageQuery query) {
        PageRequest page = query.resolve(Set.of("date"), "date,asc");
        List<InventoryBody> all = ledger.inventory(bookId, currentUser.id()).stream().map(InventoryBody::of).toList();
        if (!page.ascending()) {
            all = new java.util.ArrayList<>(all);
            java.util.Collections.reverse(all);
        }
        return Slices.of(all, page);
    }

    @GET
    @Path("/{itemId}")
    @Operation(operationId = "getInventoryItem", summary = "Get an inventory item",
        description = "`ETag` header.")
    @APIResponseSchema(value = InventoryBody.class, responseCode = "200", responseDescription = "The item; `ETag` header")
    public Response item(@PathParam("bookId") UUID bookId, @PathParam("itemId") UUID itemId) {
        InventoryBody body = InventoryBody.of(ledger.inventoryItem(bookId, currentUser.id(), itemId));
        return Response.ok(body).header("ETag", ExpectedVersion.etag(body.version())).build();
    }

    @PATCH
    @Path("/{itemId}")
    @Operation(operationId = "updateInventoryItem", summary = "Describe, relocate or dispose of an inventory item",
        description = "ADMIN or TREASURER; `If-Match` or `version` required. Absent or null fields keep their value.")
    @APIResponseSchema(value = InventoryBody.class, responseCode = "200", responseDescription = "The changed item; `ETag` header")
    public Response changeItem(@PathParam("bookId") UUID bookId, @PathParam("itemId") UUID itemId,
                               @HeaderParam("If-Match") String ifMatch, ChangeInventoryBody b) {
        if (b == null) {
            throw new InvalidInputException("body", "is required");
        }
        InventoryBody body = InventoryBody.of(ledger.changeInventory(bookId, currentUser.id(), itemId,
            ExpectedVersion.from(ifMatch, b.version()),
            new LedgerReadService.InventoryChange(b.description(), b.location(), b.disposedOn())));
        return Response.ok(body).header("ETag", ExpectedVersion.etag(body.version())).build();
    }

}
