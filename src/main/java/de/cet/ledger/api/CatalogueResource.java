package de.cet.ledger.api;

import de.cet.ledger.api.LedgerDtos.CatalogueBody;
import de.cet.ledger.application.CategoryService;
import de.cet.shared.access.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/official-categories")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Categories")
@SecurityRequirement(name = "bearer")
public class CatalogueResource {

    private final CategoryService categories;

    CatalogueResource(CategoryService categories) {
        this.categories = categories;
    }

    @GET
    @Operation(operationId = "getOfficialCatalogue", summary = "Get the official category catalogue",
        description = "The official categories every book's own categories map to.")
    public CatalogueBody catalogue() {
        return CatalogueBody.of(categories.catalogue());
    }
}
