package de.cet.budgeting.api;

import de.cet.budgeting.api.BudgetDtos.BudgetBody;
import de.cet.budgeting.api.BudgetDtos.BudgetStatusBody;
import de.cet.budgeting.api.BudgetDtos.ChangeBudgetBody;
import de.cet.budgeting.api.BudgetDtos.CreateBudgetBody;
import de.cet.budgeting.application.BudgetService;
import de.cet.shared.access.CurrentUser;
import de.cet.shared.api.PageQuery;
import de.cet.shared.api.PageRequest;
import de.cet.shared.api.PageResponse;
import de.cet.shared.concurrency.ExpectedVersion;
import de.cet.shared.error.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Budgets ("funnels") of a book and their status (ADR 0017). */
@Path("/books/{bookId}/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Budgets")
@SecurityRequirement(name = "bearer")
public class BudgetResource {

    private final BudgetService budgets;
    private final CurrentUser currentUser;

    BudgetResource(BudgetService budgets, CurrentUser currentUser) {
        this.budgets = budgets;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "listBudgets", summary = "List the book's budgets",
        description = "Every member. In the order they were created (`sort=name` by name).")
    public PageResponse<BudgetBody> list(@PathParam("bookId") UUID bookId, @BeanParam PageQuery query) {
        PageRequest page = query.resolve(Set.of("createdAt", "name"), "createdAt,asc");
        List<BudgetBody> all = new java.util.ArrayList<>(budgets.list(bookId, currentUser.id()).stream().map(BudgetBody::of).toList());
        if (page.sortField().equals("name")) {
            all.sort(java.util.Comparator.comparing(BudgetBody::name, String.CASE_INSENSITIVE_ORDER));
        }
        if (!page.ascending()) {
            java.util.Collections.reverse(all);
        }
        int from = (int) Math.min((long) page.page() * page.size(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return PageResponse.of(all.subList(from, to), page, all.size());
    }

    @POST
    @Operation(operationId = "createBudget", summary = "Create a budget",
        description = "ADMIN or TREASURER. `Idempotency-Key` honoured.")
    @APIResponseSchema(value = BudgetBody.class, responseCode = "201", responseDescription = "The new budget; `Location` and `ETag` headers")
    public Response create(@PathParam("bookId") UUID bookId, @HeaderParam("Idempotency-Key") String idempotencyKey,
                           CreateBudgetBody body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        BudgetBody answer = BudgetBody.of(budgets.create(bookId, currentUser.id(), idempotencyKey, body.content()));
        return Response.created(URI.create("/api/v1/books/" + bookId + "/budgets/" + answer.id())).entity(answer)
            .header("ETag", ExpectedVersion.etag(answer.version())).build();
    }

    @GET
    @Path("/status")
    @Operation(operationId = "getBudgetStatus", summary = "Get every budget's status",
        description = "Every member. Per budget the window of its cadence containing `date` (default today): limit, carried in, spent, remaining, spendable today, days left, percent used. Budgets without a window on that day (not started yet; PERIOD and the day in no period) are left out.")
    public List<BudgetStatusBody> status(@PathParam("bookId") UUID bookId,
                                         @QueryParam("date") @Parameter(description = "A day in the window asked for (default today)")
                                         LocalDate date) {
        return budgets.status(bookId, currentUser.id(), date).stream().map(BudgetStatusBody::of).toList();
    }

    @GET
    @Path("/{budgetId}")
    @Operation(operationId = "getBudget", summary = "Get a budget", description = "`ETag` header.")
    @APIResponseSchema(value = BudgetBody.class, responseCode = "200", responseDescription = "The budget; `ETag` header")
    public Response get(@PathParam("bookId") UUID bookId, @PathParam("budgetId") UUID budgetId) {
        BudgetBody answer = BudgetBody.of(budgets.get(bookId, currentUser.id(), budgetId));
        return Response.ok(answer).header("ETag", ExpectedVersion.etag(answer.version())).build();
    }

    @PATCH
    @Path("/{budgetId}")
    @Operation(operationId = "updateBudget", summary = "Change a budget",
        description = "ADMIN or TREASURER; `If-Match` or `version` required. Absent fields keep their value; a new limit holds from the current window on, recalculated at once.")
    @APIResponseSchema(value = BudgetBody.class, responseCode = "200", responseDescription = "The changed budget; `ETag` header")
    public Response change(@PathParam("bookId") UUID bookId, @PathParam("budgetId") UUID budgetId,
                           @HeaderParam("If-Match") String ifMatch, ChangeBudgetBody body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        BudgetBody answer = BudgetBody.of(budgets.edit(bookId, currentUser.id(), budgetId,
            ExpectedVersion.from(ifMatch, body.version()), body.content()));
        return Response.ok(answer).header("ETag", ExpectedVersion.etag(answer.version())).build();
    }

    @DELETE
    @Path("/{budgetId}")
    @Operation(operationId = "deleteBudget", summary = "Delete a budget",
        description = "ADMIN or TREASURER. Deletes the budget only: no transaction is deleted or changed.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("bookId") UUID bookId, @PathParam("budgetId") UUID budgetId) {
        budgets.delete(bookId, currentUser.id(), budgetId);
    }
}
