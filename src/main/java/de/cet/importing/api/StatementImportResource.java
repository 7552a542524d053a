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

/** Statement import into an account (ADR 0019). */
@Path("/books/{bookId}/accounts/{accountId}/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Import")
@SecurityRequirement(name = "bearer")
public class StatementImportResource {

    /** The multipart body of an import, for the OpenAPI document only (the resource reads the form itself). */
    @Schema(name = "StatementUpload", requiredProperties = "file")
    static final class StatementUploadForm {
        @Schema(type = SchemaType.STRING, format = "binary", description = "CAMT.053 XML, a ZIP of CAMT.053 files, MT940 or CSV")
        public byte[] file;
        @Schema(description = "For a CSV: a saved profile's id or a preset's name (GET /import-profiles/presets)")
        public String profileId;
    }

    private final ImportService imports;
    private final CurrentUser currentUser;

    StatementImportResource(ImportService imports, CurrentUser currentUser) {
        this.imports = imports;
        this.currentUser = currentUser;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importStatement", summary = "Import a bank statement",
        description = "ADMIN or TREASURER. Multipart `file` (CAMT.053 .001.02–.08 XML or a ZIP of them, MT940, CSV) and, for a CSV, `profileId`. The format is detected from the content. All or nothing: a refused file stores no line. The same or an overlapping file again adds only what is new; lines resembling ones already in the inbox are kept as DUPLICATE_SUSPECTED. 415 for a file that is no statement, 413 over the size or ZIP limits, 422 for an unreadable file (with `row` where it has one), a statement for another IBAN, or XML with a DOCTYPE.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
        schema = @Schema(implementation = StatementUploadForm.class)))
    @APIResponseSchema(value = ImportBody.class, responseCode = "201", responseDescription = "What the import did")
    public Response importStatement(@PathParam("bookId") UUID bookId, @PathParam("accountId") UUID accountId,
                                    @RestForm("file") FileUpload file, @RestForm("profileId") String profileId) {
        if (file == null || file.uploadedFile() == null) {
            throw new InvalidInputException("file", "is required (multipart field 'file')");
        }
        if (file.size() > imports.maxBytes()) {
            throw StatementFileException.tooLarge("The file is larger than " + imports.maxBytes() + " bytes.");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportBody body = ImportBody.of(imports.importFile(bookId, currentUser.id(), accountId, bytes, profileId));
        return Response.created(URI.create("/api/v1/books/" + bookId + "/bank-lines?importId=" + body.id()))
            .entity(body).build();
    }
}
