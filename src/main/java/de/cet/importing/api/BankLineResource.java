package de.cet.importing.api;

import de.cet.importing.api.ImportDtos.BankLineBody;
import de.cet.importing.api.ImportDtos.CreateBody;
import de.cet.importing.api.ImportDtos.ImportBody;
import de.cet.importing.api.ImportDtos.MatchBody;
import de.cet.importing.api.ImportDtos.ReconciliationBody;
import de.cet.importing.application.BankLineService;
import de.cet.importing.application.ImportService;
import de.cet.importing.application.ReconciliationService;
import de.cet.importing.domain.LineStatus;
import de.cet.importing.domain.format.StatementFileException;
import de.cet.shared.access.CurrentUser;
import de.cet.shared.api.PageQuery;
import de.cet.shared.api.PageRequest;
import de.cet.shared.api.PageResponse;
import de.cet.shared.error.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The inbox of bank lines: list, match, create, ignore, not-duplicate (ADR 0019). */
@Path("/books/{bookId}/bank-lines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Import")
@SecurityRequirement(name = "bearer")
public class BankLineResource {

    private final BankLineService lines;
    private final CurrentUser currentUser;

    BankLineResource(BankLineService lines, CurrentUser currentUser) {
        this.lines = lines;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "listBankLines", summary = "The inbox of bank lines",
        description = "ADMIN, TREASURER, AUDITOR. Filter by `status` and `accountId`; ordered by booking date. Open lines (NEW, DUPLICATE_SUSPECTED) carry up to three suggested entries with a score from 0 to 1.")
    public PageResponse<BankLineBody> list(@PathParam("bookId") UUID bookId,
                                           @QueryParam("status") @Parameter(schema = @Schema(enumeration = {"NEW", "MATCHED", "IGNORED", "DUPLICATE_SUSPECTED"})) String status,
                                           @QueryParam("accountId") UUID accountId, @BeanParam PageQuery query) {
        PageRequest page = query.resolve(Set.of("bookingDate"), "bookingDate");
        LineStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = LineStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("status", "must be NEW, MATCHED, IGNORED or DUPLICATE_SUSPECTED");
            }
        }
        BankLineService.LinePage p = lines.list(bookId, currentUser.id(), s, accountId, page.page(), page.size());
        return PageResponse.of(p.items().stream().map(BankLineBody::of).toList(), page, p.totalItems());
    }

    @POST
    @Path("/{lineId}/match")
    @Operation(operationId = "matchBankLine", summary = "Match a line to an entry",
        description = "ADMIN or TREASURER. The entry must move the line's account by the line's amount and have no line yet (409 otherwise, also when another line took it at the same moment). An entry not yet booked is booked on the line's account and date where the book's approval rules allow it.")
    public BankLineBody match(@PathParam("bookId") UUID bookId, @PathParam("lineId") UUID lineId, MatchBody b) {
        return BankLineBody.of(lines.match(bookId, currentUser.id(), lineId, b == null ? null : b.transactionId()));
    }

    @POST
    @Path("/{lineId}/create")
    @Operation(operationId = "createFromBankLine", summary = "Create a booked entry from a line",
        description = "ADMIN or TREASURER. An expense for money out, an income for money in, booked on the line's date through the ledger's rules (a book requiring approval refuses it: record and approve the entry, then match it).")
    public BankLineBody create(@PathParam("bookId") UUID bookId, @PathParam("lineId") UUID lineId, CreateBody b) {
        return BankLineBody.of(lines.create(bookId, currentUser.id(), lineId, b == null ? null
            : new BankLineService.CreateEntry(b.categoryId(), b.counterparty(), b.description(), b.tags())));
    }

    @POST
    @Path("/{lineId}/ignore")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "ignoreBankLine", summary = "Ignore a line", description = "ADMIN or TREASURER.")
    public BankLineBody ignore(@PathParam("bookId") UUID bookId, @PathParam("lineId") UUID lineId) {
        return BankLineBody.of(lines.ignore(bookId, currentUser.id(), lineId));
    }

    @POST
    @Path("/{lineId}/not-duplicate")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "confirmBankLineNotDuplicate", summary = "Confirm a suspected duplicate is a payment of its own",
        description = "ADMIN or TREASURER. The line becomes NEW.")
    public BankLineBody notDuplicate(@PathParam("bookId") UUID bookId, @PathParam("lineId") UUID lineId) {
        return BankLineBody.of(lines.notDuplicate(bookId, currentUser.id(), lineId));
    }
}
