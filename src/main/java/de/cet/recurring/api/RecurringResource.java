package de.cet.recurring.api;

import de.cet.recurring.api.RecurringDtos.ChangeRecurringBody;
import de.cet.recurring.api.RecurringDtos.CreateRecurringBody;
import de.cet.recurring.api.RecurringDtos.RecurringBody;
import de.cet.recurring.application.RecurringService;
import de.cet.recurring.domain.Schedule;
import de.cet.recurring.domain.Template;
import de.cet.shared.access.CurrentUser;
import de.cet.shared.api.PageQuery;
import de.cet.shared.api.PageRequest;
import de.cet.shared.api.PageResponse;
import de.cet.shared.concurrency.ExpectedVersion;
import de.cet.shared.error.FieldError;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Recurring transactions of a book (ADR 0017). */
@Path("/books/{bookId}/recurring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Recurring")
@SecurityRequirement(name = "bearer")
public class RecurringResource {

    private final RecurringService recurring;
    private final CurrentUser currentUser;

    RecurringResource(RecurringService recurring, CurrentUser currentUser) {
        this.recurring = recurring;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "listRecurring", summary = "List the book's recurring transactions",
        description = "Every member. In the order they were created.")
    public PageResponse<RecurringBody> list(@PathParam("bookId") UUID bookId, @BeanParam PageQuery query) {
        PageRequest page = query.resolve(Set.of("createdAt"), "createdAt,asc");
        List<RecurringBody> all = new ArrayList<>(recurring.list(bookId, currentUser.id()).stream().map(RecurringBody::of).toList());
        if (!page.ascending()) {
            java.util.Collections.reverse(all);
        }
        int from = (int) Math.min((long) page.page() * page.size(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return PageResponse.of(all.subList(from, to), page, all.size());
    }

    @POST
    @Operation(operationId = "createRecurring", summary = "Create a recurring transaction",
        description = "ADMIN or TREASURER. Due dates from the day of creation on become entries; one due today is made at once. `Idempotency-Key` honoured.")
    @APIResponseSchema(value = RecurringBody.class, responseCode = "201", responseDescription = "The recurring transaction; `Location` and `ETag` headers")
    public Response create(@PathParam("bookId") UUID bookId, @HeaderParam("Idempotency-Key") String idempotencyKey,
                           CreateRecurringBody body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        if (body.template() == null) {
            errors.add(new FieldError("template", "is required"));
        }
        if (body.schedule() == null) {
            errors.add(new FieldError("schedule", "is required"));
        }
        Template template = body.template() == null ? null : template(body.template(), errors);
        Schedule schedule = body.schedule() == null ? null : schedule(body.schedule(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RecurringBody answer = RecurringBody.of(recurring.createAndCatchUp(bookId, currentUser.id(), idempotencyKey,
            template, schedule, body.autoBook()));
        return Response.created(URI.create("/api/v1/books/" + bookId + "/recurring/" + answer.id())).entity(answer)
            .header("ETag", ExpectedVersion.etag(answer.version())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRecurring", summary = "Get a recurring transaction", description = "`ETag` header.")
    @APIResponseSchema(value = RecurringBody.class, responseCode = "200", responseDescription = "The recurring transaction; `ETag` header")
    public Response get(@PathParam("bookId") UUID bookId, @PathParam("id") UUID id) {
        RecurringBody answer = RecurringBody.of(recurring.get(bookId, currentUser.id(), id));
        return Response.ok(answer).header("ETag", ExpectedVersion.etag(answer.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateRecurring", summary = "Change a recurring transaction",
        description = "ADMIN or TREASURER; `If-Match` or `version` required.")
    @APIResponseSchema(value = RecurringBody.class, responseCode = "200", responseDescription = "The changed recurring transaction; `ETag` header")
    public Response change(@PathParam("bookId") UUID bookId, @PathParam("id") UUID id,
                           @HeaderParam("If-Match") String ifMatch, ChangeRecurringBody body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        Template template = body.template() == null ? null : template(body.template(), errors);
        Schedule schedule = body.schedule() == null ? null : schedule(body.schedule(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RecurringBody answer = RecurringBody.of(recurring.changeAndCatchUp(bookId, currentUser.id(), id,
            ExpectedVersion.from(ifMatch, body.version()), template, schedule, body.autoBook()));
        return Response.ok(answer).header("ETag", ExpectedVersion.etag(answer.version())).build();
    }

    /** Template and schedule errors are reported together. */
    private static Template template(RecurringDtos.TemplateBody body, List<FieldError> errors) {
        try {
            return body.toTemplate();
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static Schedule schedule(RecurringDtos.ScheduleBody body, List<FieldError> errors) {
        try {
            return body.toSchedule();
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteRecurring", summary = "Delete a recurring transaction",
        description = "ADMIN or TREASURER. The entries it made stay in the ledger.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("bookId") UUID bookId, @PathParam("id") UUID id) {
        recurring.delete(bookId, currentUser.id(), id);
    }
}
