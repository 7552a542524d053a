package de.cet.backup.api;

import de.cet.backup.application.BackupAdministration;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/admin/restore")
public class RestoreResource {

    private final BackupAdministration administration;

    RestoreResource(BackupAdministration administration) {
        this.administration = administration;
    }

    /** Multipart: {@code archive} + {@code passphrase}, or {@code privateKey} (armored) + optional {@code privateKeyPassphrase}. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public RestoreResultDto restore(@RestForm("archive") FileUpload archive,
                                    @RestForm("passphrase") String passphrase,
                                    @RestForm("privateKey") String privateKey,
                                    @RestForm("privateKeyPassphrase") String privateKeyPassphrase,
                                    @RestForm("setupToken") String setupToken) {
        return RestoreResultDto.of(administration.restore(archive == null ? null : archive.uploadedFile(),
            passphrase, privateKey, privateKeyPassphrase, setupToken));
    }
}
