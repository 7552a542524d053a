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

/** An account's statement balance against its ledger balance (ADR 0019). */
@Path("/books/{bookId}/accounts/{accountId}/reconciliation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Import")
@SecurityRequirement(name = "bearer")
public class ReconciliationResource {

    private final ReconciliationService reconciliation;
    private final CurrentUser currentUser;

    ReconciliationResource(ReconciliationService reconciliation, CurrentUser currentUser) {
        this.reconciliation = reconciliation;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "getReconciliation", summary = "Reconcile an account with its statements",
        description = "ADMIN, TREASURER, AUDITOR. At the end of `date` (default today).")
    public ReconciliationBody reconciliation(@PathParam("bookId") UUID bookId, @PathParam("accountId") UUID accountId,
                                             @QueryParam("date") LocalDate date) {
        return ReconciliationBody.of(accountId, reconciliation.get(bookId, currentUser.id(), accountId, date));
    }
}
