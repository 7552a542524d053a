package de.cet.importing.api;

import de.cet.importing.api.ImportDtos.BankLineBody;
import de.cet.importing.api.ImportDtos.ProfileBody;
import de.cet.importing.api.ImportDtos.ProfileInput;
import de.cet.importing.api.ImportDtos.RuleBody;
import de.cet.importing.api.ImportDtos.RuleInput;
import de.cet.importing.application.ImportStore;
import de.cet.importing.application.ProfileService;
import de.cet.importing.application.RuleService;
import de.cet.shared.access.CurrentUser;
import de.cet.shared.concurrency.ExpectedVersion;
import de.cet.shared.error.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The CSV presets for common German banks (ADR 0019). */
@Path("/import-profiles/presets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Import")
@SecurityRequirement(name = "bearer")
public class ImportPresetResource {

    private final ProfileService profiles;

    ImportPresetResource(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    @Operation(operationId = "listImportProfilePresets", summary = "CSV presets for German banks",
        description = "Sparkasse, Volksbank/Raiffeisenbank, GLS, DKB, ING, Commerzbank, Deutsche Bank, N26 — from the banks' documented export columns.")
    public List<ProfileBody> presets() {
        return profiles.presets().stream().map(ProfileBody::of).toList();
    }
}
