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

/** A book's saved CSV import profiles (ADR 0019). */
@Path("/books/{bookId}/import-profiles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Import")
@SecurityRequirement(name = "bearer")
public class ImportProfileResource {

    private final ProfileService profiles;
    private final CurrentUser currentUser;

    ImportProfileResource(ProfileService profiles, CurrentUser currentUser) {
        this.profiles = profiles;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "listImportProfiles", summary = "The book's CSV import profiles", description = "ADMIN or TREASURER.")
    public List<ProfileBody> profiles(@PathParam("bookId") UUID bookId) {
        return profiles.list(bookId, currentUser.id()).stream().map(p -> ProfileBody.of(p.id().toString(), false, p.profile())).toList();
    }

    @POST
    @Operation(operationId = "createImportProfile", summary = "Save a CSV import profile", description = "ADMIN or TREASURER. 409 when the book has a profile of that name.")
    @APIResponseSchema(value = ProfileBody.class, responseCode = "201", responseDescription = "The profile")
    public Response createProfile(@PathParam("bookId") UUID bookId, ProfileInput b) {
        if (b == null) {
            throw new InvalidInputException("body", "is required");
        }
        ImportStore.SavedProfile saved = profiles.create(bookId, currentUser.id(), b.toDomain());
        return Response.status(201).entity(ProfileBody.of(saved.id().toString(), false, saved.profile())).build();
    }
}
