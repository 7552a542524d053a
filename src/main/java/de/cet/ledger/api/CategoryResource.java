package de.cet.ledger.api;

import de.cet.ledger.api.LedgerDtos.CategoryBody;
import de.cet.ledger.api.LedgerDtos.ChangeCategoryBody;
import de.cet.ledger.api.LedgerDtos.CreateCategoryBody;
import de.cet.ledger.application.CategoryService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cet.shared.access.CurrentUser;
import de.cet.shared.api.PageQuery;
import de.cet.shared.api.PageRequest;
import de.cet.shared.api.PageResponse;
import de.cet.shared.api.PatchBody;
import de.cet.shared.concurrency.ExpectedVersion;
import de.cet.shared.error.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

@Path("/books/{bookId}/categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Categories")
@SecurityRequirement(name = "bearer")
public class CategoryResource {

    private final CategoryService categories;
    private final CurrentUser currentUser;
    private final ObjectMapper json;

    CategoryResource(CategoryService categories, CurrentUser currentUser, ObjectMapper json) {
        this.categories = categories;
        this.currentUser = currentUser;
        this.json = json;
    }

    @POST
    @Operation(operationId = "createCategory", summary = "Create a category",
        description = "ADMIN or TREASURER. Maps to an official category; may be a sub-category of another.")
    @APIResponseSchema(value = CategoryBody.class, responseCode = "201", responseDescription = "The new category; `Location` and `ETag` headers")
    public Response create(@PathParam("bookId") UUID bookId, CreateCategoryBody body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        CategoryBody answer = CategoryBody.of(categories.create(bookId, currentUser.id(), new CategoryService.NewCategory(
            body.name(), body.kind(), body.officialCode(), body.color(), body.emoji(), body.parentId())));
        return Response.created(URI.create("/api/v1/books/" + bookId + "/categories/" + answer.id())).entity(answer)
            .header("ETag", ExpectedVersion.etag(answer.version())).build();
    }

    @GET
    @Operation(operationId = "listCategories", summary = "List the book's categories",
        description = "Sortable by officialCode or name.")
    public PageResponse<CategoryBody> list(@PathParam("bookId") UUID bookId, @BeanParam PageQuery query) {
        PageRequest page = query.resolve(Set.of("name", "officialCode"), "officialCode,asc");
        Comparator<CategoryBody> order = page.sortField().equals("name")
            ? Comparator.comparing(CategoryBody::name, String.CASE_INSENSITIVE_ORDER)
            : Comparator.comparing(CategoryBody::officialCode).thenComparing(CategoryBody::name);
        List<CategoryBody> all = categories.list(bookId, currentUser.id()).stream().map(CategoryBody::of)
            .sorted(page.ascending() ? order : order.reversed()).toList();
        return Slices.of(all, page);
    }

    @GET
    @Path("/{categoryId}")
    @Operation(operationId = "getCategory", summary = "Get a category",
        description = "`ETag` header.")
    @APIResponseSchema(value = CategoryBody.class, responseCode = "200", responseDescription = "The category; `ETag` header")
    public Response get(@PathParam("bookId") UUID bookId, @PathParam("categoryId") UUID categoryId) {
        CategoryBody answer = CategoryBody.of(categories.get(bookId, currentUser.id(), categoryId));
        return Response.ok(answer).header("ETag", ExpectedVersion.etag(answer.version())).build();
    }

    @PATCH
    @Path("/{categoryId}")
    @Operation(operationId = "updateCategory", summary = "Change or archive a category",
        description = "ADMIN or TREASURER; `If-Match` or `version` required. Absent fields keep their value; `parentId: null` moves the category to the top level.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
        schema = @Schema(implementation = LedgerDtos.ChangeCategoryBody.class)))
    @APIResponseSchema(value = CategoryBody.class, responseCode = "200", responseDescription = "The changed category; `ETag` header")
    public Response change(@PathParam("bookId") UUID bookId, @PathParam("categoryId") UUID categoryId,
                           @HeaderParam("If-Match") String ifMatch, JsonNode raw)
            throws com.fasterxml.jackson.core.JsonProcessingException {
        PatchBody<ChangeCategoryBody> patch = PatchBody.read(raw, ChangeCategoryBody.class, Set.of("parentId"), json);
        ChangeCategoryBody body = patch.body();
        boolean clearParent = patch.clears("parentId");
        CategoryBody answer = CategoryBody.of(categories.change(bookId, currentUser.id(), categoryId,
            ExpectedVersion.from(ifMatch, body.version()), new CategoryService.CategoryChange(body.name(),
                body.officialCode(), body.color(), body.emoji(), body.parentId(), clearParent, body.archived())));
        return Response.ok(answer).header("ETag", ExpectedVersion.etag(answer.version())).build();
    }
}
