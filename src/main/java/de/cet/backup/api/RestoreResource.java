package de.cet.backup.api;

import de.cet.backup.application.BackupAdministration;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/admin/restore")
@Tag(name = "Backups")
@SecurityRequirement(name = "bearer")
public class RestoreResource {

    /** The multipart body of a restore, for the OpenAPI document only (the resource reads the form itself). */
    @Schema(name = "RestoreUpload", requiredProperties = "archive")
    static final class RestoreForm {
        @Schema(type = SchemaType.STRING, format = "binary", description = "The OpenPGP-encrypted archive (`cet-backup-….zip.pgp`)")
        public byte[] archive;
        @Schema(description = "The passphrase the archive was encrypted to")
        public String passphrase;
        @Schema(description = "Instead of a passphrase: the armored OpenPGP private key the archive was encrypted to")
        public String privateKey;
        @Schema(description = "The passphrase of that private key, if it has one")
        public String privateKeyPassphrase;
        @Schema(description = "On a fresh instance without users: the bootstrap invitation's token, which allows the restore without a bearer token")
        public String setupToken;
    }

    private final BackupAdministration administration;

    RestoreResource(BackupAdministration administration) {
        this.administration = administration;
    }

    /** Multipart: {@code archive} + {@code passphrase}, or {@code privateKey} (armored) + optional {@code privateKeyPassphrase}. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "restoreBackup", summary = "Restore a backup into this instance",
        description = "Into an instance without data: an instance administrator, or on a fresh instance without users "
            + "the bootstrap invitation's token (`setupToken`). Multipart: `archive` with `passphrase`, or with "
            + "`privateKey` (armored) and an optional `privateKeyPassphrase`. 409 on an instance with data or while a "
            + "backup runs; 422 for a damaged, undecryptable or newer archive.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
        schema = @Schema(implementation = RestoreForm.class)))
    public RestoreResultDto restore(@RestForm("archive") FileUpload archive,
                                    @RestForm("passphrase") String passphrase,
                                    @RestForm("privateKey") String privateKey,
                                    @RestForm("privateKeyPassphrase") String privateKeyPassphrase,
                                    @RestForm("setupToken") String setupToken) {
        return RestoreResultDto.of(administration.restore(archive == null ? null : archive.uploadedFile(),
            passphrase, privateKey, privateKeyPassphrase, setupToken));
    }
}
