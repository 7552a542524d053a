package de.cet.backup.api;

import de.cet.backup.application.BackupAdministration;
import de.cet.backup.domain.BackupRun;
import de.cet.shared.api.PageQuery;
import de.cet.shared.api.PageRequest;
import de.cet.shared.api.PageResponse;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/backups")
@Tag(name = "Backups")
@SecurityRequirement(name = "bearer")
public class BackupResource {

    private final BackupAdministration administration;

    BackupResource(BackupAdministration administration) {
        this.administration = administration;
    }

    /** Runs a backup now and answers when it has finished: 201 with its result (SUCCEEDED or FAILED). */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createBackup", summary = "Run a backup now",
        description = "Instance administrators only. Answers when the backup has finished, with its result (SUCCEEDED or FAILED).")
    @APIResponseSchema(value = BackupRunDto.class, responseCode = "201", responseDescription = "The finished run")
    public Response backupNow() {
        BackupRun run = administration.backupNow();
        return Response.created(URI.create("admin/backups/" + run.id())).entity(BackupRunDto.of(run)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listBackups", summary = "List backup runs",
        description = "Instance administrators only; newest first, with size, SHA-256 and result.")
    public PageResponse<BackupRunDto> list(@BeanParam PageQuery query) {
        PageRequest page = query.resolve(Set.of("startedAt"), "startedAt,desc");
        BackupAdministration.RunPage runs = administration.list(page.offset(), page.size(), !page.ascending());
        return PageResponse.of(runs.items().stream().map(BackupRunDto::of).toList(), page, runs.totalItems());
    }

    @GET
    @Path("{id}/content")
    @Produces("application/pgp-encrypted")
    @Operation(operationId = "downloadBackup", summary = "Download a backup archive",
        description = "Instance administrators only. The OpenPGP-encrypted archive as an attachment; the `Digest` header carries its SHA-256.")
    @APIResponse(responseCode = "200", description = "The encrypted archive",
        content = @Content(mediaType = "application/pgp-encrypted", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response content(@PathParam("id") UUID id) {
        BackupAdministration.Archive archive = administration.content(id);
        return Response.ok(archive.file().toFile(), "application/pgp-encrypted")
            .header("Content-Disposition", "attachment; filename=\"" + archive.fileName() + "\"")
            .header("Digest", "sha-256=" + archive.sha256())
            .build();
    }
}
