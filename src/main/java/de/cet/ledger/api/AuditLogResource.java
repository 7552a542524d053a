package de.cet.ledger.api;

import de.cet.ledger.application.LedgerQueries;
import de.cet.ledger.application.LedgerReadService;
import de.cet.shared.error.FieldError;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
        description = "ADMIN, TREASURER or AUDITOR; oldest first. Every entry is chained to the previous one by its hash. "
            + "Optional filters: `action`, `entityType`, `entityId` (exact), `actorId`, `from`/`to` (UTC days, both included).")
    public PageResponse<AuditEntryBody> auditLog(@PathParam("bookId") UUID bookId, @BeanParam PageQuery query,
                                                 @QueryParam("action") String action, @QueryParam("entityType") String entityType,
                                                 @QueryParam("entityId") String entityId, @QueryParam("actorId") String actorId,
                                                 @QueryParam("from") String from, @QueryParam("to") String to) {
        PageRequest page = query.resolve(Set.of("sequence"), "sequence,asc");
        List<FieldError> errors = new ArrayList<>();
        var filter = new LedgerQueries.AuditFilter(text("action", action, errors), text("entityType", entityType, errors),
            text("entityId", entityId, errors), parse("actorId", actorId, UUID::fromString, errors),
            parse("from", from, LocalDate::parse, errors), parse("to", to, LocalDate::parse, errors));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var result = ledger.auditLog(bookId, currentUser.id(), filter, page.page(), page.size());
        return PageResponse.of(result.entries().stream().map(AuditEntryBody::of).toList(), page, result.totalItems());
    }

    private static String text(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 100) {
            errors.add(new FieldError(field, "must be at most 100 characters"));
            return null;
        }
        return value.strip();
    }

    private static <T> T parse(String field, String value, Function<String, T> parser, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (RuntimeException e) {
            errors.add(new FieldError(field, "has an invalid value"));
            return null;
        }
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
