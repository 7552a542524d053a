package de.cet.splitting.api;

import de.cet.shared.access.CurrentUser;
import de.cet.shared.error.InvalidInputException;
import de.cet.splitting.api.SplittingDtos.BalanceBody;
import de.cet.splitting.api.SplittingDtos.CreateSettlementBody;
import de.cet.splitting.api.SplittingDtos.EntrySplitBody;
import de.cet.splitting.api.SplittingDtos.SettlementBody;
import de.cet.splitting.api.SplittingDtos.TransferBody;
import de.cet.splitting.application.SplittingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Shared expenses of a book: balances, settle-up, settlements and the split of an entry (ADR 0011). */
@Path("/books/{bookId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Splits")
@SecurityRequirement(name = "bearer")
public class SplittingResource {

    private final SplittingService splitting;
    private final CurrentUser currentUser;

    SplittingResource(SplittingService splitting, CurrentUser currentUser) {
        this.splitting = splitting;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/split-balances")
    @Operation(operationId = "getSplitBalances", summary = "Get who owes whom",
        description = "Every member's `paid`, `owes` and `net` at the end of `date` (default today) over the booked entries with a split, their reversals and the settlements; the nets sum to 0.00. Where members advanced money for the book, the book appears as a party owing it.")
    public List<BalanceBody> balances(@PathParam("bookId") UUID bookId,
                                      @QueryParam("date") @Parameter(description = "The day whose end counts (default today)") LocalDate date) {
        return splitting.balances(bookId, currentUser.id(), date).stream().map(BalanceBody::of).toList();
    }

    @GET
    @Path("/settle-up")
    @Operation(operationId = "getSettleUp", summary = "Propose how to settle up",
        description = "The fewest transfers that bring every balance at the end of `date` (default today) to 0.00.")
    public List<TransferBody> settleUp(@PathParam("bookId") UUID bookId,
                                       @QueryParam("date") @Parameter(description = "The day whose end counts (default today)") LocalDate date) {
        return splitting.settleUp(bookId, currentUser.id(), date).stream().map(TransferBody::of).toList();
    }

    @POST
    @Path("/settlements")
    @Operation(operationId = "createSettlement", summary = "Record a settlement",
        description = "One member paid another back. A MEMBER records settlements they paid or received; TREASURER and ADMIN any. `Idempotency-Key` honoured.")
    @APIResponseSchema(value = SettlementBody.class, responseCode = "201", responseDescription = "The settlement")
    public Response settle(@PathParam("bookId") UUID bookId, @HeaderParam("Idempotency-Key") String idempotencyKey,
                           CreateSettlementBody b) {
        if (b == null) {
            throw new InvalidInputException("body", "is required");
        }
        SettlementBody answer = SettlementBody.of(splitting.settle(bookId, currentUser.id(), idempotencyKey,
            new SplittingService.NewSettlement(b.fromMemberId(), b.toMemberId(), b.amount(), b.date())));
        return Response.created(URI.create("/api/v1/books/" + bookId + "/settlements/" + answer.id())).entity(answer).build();
    }

    @GET
    @Path("/settlements/{id}")
    @Operation(operationId = "getSettlement", summary = "Get a settlement",
        description = "Who paid whom how much back, on which day, recorded by whom.")
    public SettlementBody settlement(@PathParam("bookId") UUID bookId, @PathParam("id") UUID id) {
        return SettlementBody.of(splitting.settlement(bookId, currentUser.id(), id));
    }

    @GET
    @Path("/splits/{transactionId}")
    @Operation(operationId = "getEntrySplit", summary = "Get the split of an entry",
        description = "Who paid and each member's part; 404 when the entry has no split.")
    public EntrySplitBody split(@PathParam("bookId") UUID bookId, @PathParam("transactionId") UUID transactionId) {
        return EntrySplitBody.of(splitting.split(bookId, currentUser.id(), transactionId));
    }
}
