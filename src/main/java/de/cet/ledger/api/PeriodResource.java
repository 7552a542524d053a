package de.cet.ledger.api;

import de.cet.ledger.api.LedgerDtos.AccountBalance;
import de.cet.ledger.api.LedgerDtos.ClosedPeriodBody;
import de.cet.ledger.api.LedgerDtos.CreatePeriodBody;
import de.cet.ledger.api.LedgerDtos.PeriodBody;
import de.cet.ledger.application.PeriodService;
import de.cet.shared.access.CurrentUser;
import de.cet.shared.api.PageQuery;
import de.cet.shared.api.PageRequest;
import de.cet.shared.api.PageResponse;
import de.cet.shared.concurrency.ExpectedVersion;
import de.cet.shared.error.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("/books/{bookId}/periods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Periods")
@SecurityRequirement(name = "bearer")
public class PeriodResource {

    private final PeriodService periods;
    private final CurrentUser currentUser;

    PeriodResource(PeriodService periods, CurrentUser currentUser) {
        this.periods = periods;
        this.currentUser = currentUser;
    }

    @POST
    @Operation(operationId = "createPeriod", summary = "Create an accounting period",
        description = "ADMIN or TREASURER. The periods of a book never overlap (409).")
    @APIResponseSchema(value = PeriodBody.class, responseCode = "201", responseDescription = "The new period; `Location` and `ETag` headers")
    public Response create(@PathParam("bookId") UUID bookId, CreatePeriodBody body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        PeriodBody answer = PeriodBody.of(periods.create(bookId, currentUser.id(),
            new PeriodService.NewPeriod(body.name(), body.startDate(), body.endDate())));
        return Response.created(URI.create("/api/v1/books/" + bookId + "/periods/" + answer.id())).entity(answer)
            .header("ETag", ExpectedVersion.etag(answer.version())).build();
    }

    @GET
    @Operation(operationId = "listPeriods", summary = "List the book's periods",
        description = "Oldest first by default.")
    public PageResponse<PeriodBody> list(@PathParam("bookId") UUID bookId, @BeanParam PageQuery query) {
        PageRequest page = query.resolve(Set.of("startDate"), "startDate,asc");
        Comparator<PeriodBody> order = Comparator.comparing(PeriodBody::startDate);
        List<PeriodBody> all = periods.list(bookId, currentUser.id()).stream().map(PeriodBody::of)
            .sorted(page.ascending() ? order : order.reversed()).toList();
        return Slices.of(all, page);
    }

    @GET
    @Path("/{periodId}")
    @Operation(operationId = "getPeriod", summary = "Get a period",
        description = "`ETag` header.")
    @APIResponseSchema(value = PeriodBody.class, responseCode = "200", responseDescription = "The period; `ETag` header")
    public Response get(@PathParam("bookId") UUID bookId, @PathParam("periodId") UUID periodId) {
        PeriodBody answer = PeriodBody.of(periods.get(bookId, currentUser.id(), periodId));
        return Response.ok(answer).header("ETag", ExpectedVersion.etag(answer.version())).build();
    }

    @POST
    @Path("/{periodId}/close")
    @Operation(operationId = "closePeriod", summary = "Close a period",
        description = "ADMIN or TREASURER. 409 with the blockers (e.g. open approvals); otherwise the closing balances are carried into the next period.")
    public ClosedPeriodBody close(@PathParam("bookId") UUID bookId, @PathParam("periodId") UUID periodId) {
        var closed = periods.close(bookId, currentUser.id(), periodId);
        var p = closed.period();
        List<AccountBalance> balances = closed.closingBalances().entrySet().stream()
            .map(e -> new AccountBalance(e.getKey(), e.getValue()))
            .sorted(Comparator.comparing(b -> b.accountId().toString())).toList();
        return new ClosedPeriodBody(p.id(), p.name(), p.startDate(), p.endDate(), p.status(), p.closedAt(), p.closedBy(),
            p.version(), balances, closed.next() == null ? null : PeriodBody.of(closed.next()));
    }
}
