package de.cet.books.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cet.books.api.BookDtos.BookBody;
import de.cet.books.api.BookDtos.ChangeBookSchema;
import de.cet.books.api.BookDtos.ChangeMemberBody;
import de.cet.books.api.BookDtos.CreateBookBody;
import de.cet.books.api.BookDtos.MemberBody;
import de.cet.books.application.BookService;
import de.cet.books.application.MembershipService;
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
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

@Path("/books")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Books")
@SecurityRequirement(name = "bearer")
public class BookResource {

    private final BookService books;
    private final MembershipService memberships;
    private final CurrentUser currentUser;
    private final ObjectMapper json;

    BookResource(BookService books, MembershipService memberships, CurrentUser currentUser, ObjectMapper json) {
        this.json = json;
        this.books = books;
        this.memberships = memberships;
        this.currentUser = currentUser;
    }

    @POST
    @Operation(operationId = "createBook", summary = "Create a book",
        description = "The caller becomes its ADMIN; `firstPeriod` optionally creates its first accounting period.")
    @APIResponseSchema(value = BookBody.class, responseCode = "201", responseDescription = "The new book; `Location` and `ETag` headers")
    public Response create(CreateBookBody body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        var fp = body.firstPeriod() == null ? null
            : new BookService.FirstPeriodInput(body.firstPeriod().name(), body.firstPeriod().startDate(), body.firstPeriod().endDate());
        UUID me = currentUser.id();
        var created = books.create(me, new BookService.NewBook(body.name(), body.kind(), body.currency(), body.locale(), fp));
        BookBody answer = BookBody.of(books.get(created.bookId(), me));
        return Response.created(URI.create("/api/v1/books/" + created.bookId())).entity(answer)
            .header("ETag", ExpectedVersion.etag(answer.version())).build();
    }

    @GET
    @Operation(operationId = "listBooks", summary = "List my books",
        description = "The books the caller is a member of, with the role in each; sortable by name or kind.")
    public PageResponse<BookBody> mine(@BeanParam PageQuery query) {
        PageRequest page = query.resolve(Set.of("name", "kind"), "name,asc");
        Comparator<BookBody> order = page.sortField().equals("kind")
            ? Comparator.comparing(BookBody::kind) : Comparator.comparing(BookBody::name, String.CASE_INSENSITIVE_ORDER);
        if (!page.ascending()) {
            order = order.reversed();
        }
        List<BookBody> all = books.booksOf(currentUser.id()).stream().map(BookBody::of).sorted(order).toList();
        return slice(all, page);
    }

    @GET
    @Path("/{bookId}")
    @Operation(operationId = "getBook", summary = "Get a book",
        description = "A book and its settings; the `ETag` header carries its version for `If-Match`.")
    @APIResponseSchema(value = BookBody.class, responseDescription = "The book; `ETag` header")
    public Response get(@PathParam("bookId") UUID bookId) {
        BookBody body = BookBody.of(books.get(bookId, currentUser.id()));
        return Response.ok(body).header("ETag", ExpectedVersion.etag(body.version())).build();
    }

    @PATCH
    @Path("/{bookId}")
    @Operation(operationId = "updateBook", summary = "Change a book's settings",
        description = "ADMIN only; `If-Match` or `version` required. Absent fields keep their value; an explicit `null` clears `dualApprovalAbove` or `electionDate`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
        schema = @Schema(implementation = BookDtos.ChangeBookSchema.class)))
    @APIResponseSchema(value = BookBody.class, responseDescription = "The changed book; `ETag` header")
    public Response change(@PathParam("bookId") UUID bookId, @HeaderParam("If-Match") String ifMatch, JsonNode raw)
            throws JsonProcessingException {
        PatchBody<ChangeBookSchema> patch = PatchBody.read(raw, ChangeBookSchema.class,
            Set.of("dualApprovalAbove", "electionDate"), json);
        ChangeBookSchema b = patch.body();
        var settings = books.changeSettings(bookId, currentUser.id(), ExpectedVersion.from(ifMatch, b.version()),
            new BookService.SettingsChange(b.name(), b.requireApproval(), b.fourEyes(), b.dualApprovalAbove(),
                patch.clears("dualApprovalAbove"), b.requireReceipt(), b.electionDate(), patch.clears("electionDate"),
                b.locale(), b.repayUnspentPublicFunds()));
        BookBody answer = BookBody.of(books.get(settings.bookId(), currentUser.id()));
        return Response.ok(answer).header("ETag", ExpectedVersion.etag(answer.version())).build();
    }

    @GET
    @Path("/{bookId}/members")
    @Operation(operationId = "listMembers", summary = "List the members of a book",
        description = "Members with their roles and signatory flags; sortable by joinedAt, displayName or role.")
    @Tag(name = "Members")
    public PageResponse<MemberBody> members(@PathParam("bookId") UUID bookId, @BeanParam PageQuery query) {
        PageRequest page = query.resolve(Set.of("joinedAt", "displayName", "role"), "joinedAt,asc");
        Comparator<MemberBody> order = switch (page.sortField()) {
            case "displayName" -> Comparator.comparing(m -> m.displayName() == null ? "" : m.displayName(),
                String.CASE_INSENSITIVE_ORDER);
            case "role" -> Comparator.comparing(MemberBody::role);
            default -> Comparator.comparing(MemberBody::joinedAt);
        };
        if (!page.ascending()) {
            order = order.reversed();
        }
        List<MemberBody> all = memberships.members(bookId, currentUser.id()).stream().map(MemberBody::of)
            .sorted(order).toList();
        return slice(all, page);
    }

    @PATCH
    @Path("/{bookId}/members/{userId}")
    @Operation(operationId = "updateMember", summary = "Change a member's role or signatory flag",
        description = "ADMIN only. Absent or null fields keep their value.")
    @Tag(name = "Members")
    public MemberBody changeMember(@PathParam("bookId") UUID bookId, @PathParam("userId") UUID userId,
                                   ChangeMemberBody body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        return MemberBody.of(memberships.change(bookId, currentUser.id(), userId, body.role(), body.signatory()));
    }

    @DELETE
    @Path("/{bookId}/members/{userId}")
    @Operation(operationId = "removeMember", summary = "Remove a member or leave the book",
        description = "An ADMIN removes anyone; every member may remove themselves (leave). The last ADMIN stays.")
    @Tag(name = "Members")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeMember(@PathParam("bookId") UUID bookId, @PathParam("userId") UUID userId) {
        memberships.remove(bookId, currentUser.id(), userId);
        return Response.noContent().build();
    }

    private static <T> PageResponse<T> slice(List<T> all, PageRequest page) {
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return PageResponse.of(all.subList(from, to), page, all.size());
    }
}
