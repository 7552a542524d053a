package de.cet.ledger.api;

import de.cet.ledger.api.TransactionDtos.BookBody;
import de.cet.ledger.api.TransactionDtos.ChangeBody;
import de.cet.ledger.api.TransactionDtos.CreateTransactionBody;
import de.cet.ledger.api.TransactionDtos.EditTransactionBody;
import de.cet.ledger.api.TransactionDtos.ReasonBody;
import de.cet.ledger.api.TransactionDtos.SplitBody;
import de.cet.ledger.api.TransactionDtos.Totals;
import de.cet.ledger.api.TransactionDtos.TransactionBody;
import de.cet.ledger.api.TransactionDtos.TransactionPage;
import de.cet.ledger.application.LedgerQueries;
import de.cet.ledger.application.TransactionService;
import de.cet.ledger.domain.transaction.TransactionContent;
import de.cet.ledger.domain.transaction.TransactionStatus;
import de.cet.ledger.domain.transaction.TransactionType;
import de.cet.shared.access.CurrentUser;
import de.cet.shared.api.PageQuery;
import de.cet.shared.api.PageRequest;
import de.cet.shared.api.PatchBody;
import de.cet.shared.concurrency.ExpectedVersion;
import de.cet.shared.error.FieldError;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/books/{bookId}/transactions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Transactions")
@SecurityRequirement(name = "bearer")
public class TransactionResource {

    private static final Set<String> SORTABLE = Set.of("date", "amount", "createdAt", "status", "type", "counterparty");

    /** Optional fields a PATCH may clear with an explicit null: the content's, and the split. */
    private static final Set<String> CLEARABLE = Stream.concat(TransactionContent.CLEARABLE.stream(), Stream.of("split"))
        .collect(Collectors.toUnmodifiableSet());

    private final TransactionService transactions;
    private final CurrentUser currentUser;
    private final ObjectMapper json;

    TransactionResource(TransactionService transactions, CurrentUser currentUser, ObjectMapper json) {
        this.transactions = transactions;
        this.currentUser = currentUser;
        this.json = json;
    }

    @POST
    @Operation(operationId = "createTransaction", summary = "Record an entry",
        description = "An income, expense or transfer, as DRAFT (default), SUBMITTED or BOOKED, optionally with a `split` among members (expenses and incomes). `Idempotency-Key` honoured.")
    @APIResponseSchema(value = TransactionBody.class, responseCode = "201", responseDescription = "The new entry with its compliance warnings; `Location` and `ETag` headers")
    public Response create(@PathParam("bookId") UUID bookId, @HeaderParam("Idempotency-Key") String idempotencyKey,
                           CreateTransactionBody b) {
        if (b == null) {
            throw new InvalidInputException("body", "is required");
        }
        TransactionBody answer = TransactionBody.of(transactions.create(bookId, currentUser.id(), idempotencyKey, b.command()));
        return Response.created(URI.create("/api/v1/books/" + bookId + "/transactions/" + answer.id())).entity(answer)
            .header("ETag", ExpectedVersion.etag(answer.version())).build();
    }

    @GET
    // Large and secret-free: compressed, see application.properties.
    @io.quarkus.vertx.http.Compressed
    @Operation(operationId = "listTransactions", summary = "Search entries",
        description = "Filters from, to, type, status, accountId, categoryId, memberId, minAmount, maxAmount and q (text); sort by date, amount, createdAt, status, type or counterparty (ties by id). Answers the totals of the whole filtered set and, when more entries follow, `nextCursor` for the next page.")
    // The filters are read as strings so that a bad value is a 400 naming it; documented as what they are.
    public TransactionPage search(@PathParam("bookId") UUID bookId,
                                  @QueryParam("from") @Parameter(description = "Entries dated on or after this day",
                                      schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
                                  @QueryParam("to") @Parameter(description = "Entries dated on or before this day",
                                      schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
                                  @QueryParam("type") @Parameter(schema = @Schema(implementation = TransactionType.class)) String type,
                                  @QueryParam("status") @Parameter(schema = @Schema(implementation = TransactionStatus.class)) String status,
                                  @QueryParam("accountId") @Parameter(description = "Entries on this account (either side of a transfer)",
                                      schema = @Schema(type = SchemaType.STRING, format = "uuid")) String accountId,
                                  @QueryParam("categoryId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String categoryId,
                                  @QueryParam("memberId") @Parameter(description = "Entries a member created, paid or is reimbursed for",
                                      schema = @Schema(type = SchemaType.STRING, format = "uuid")) String memberId,
                                  @QueryParam("minAmount") @Parameter(schema = @Schema(ref = "Money")) String minAmount,
                                  @QueryParam("maxAmount") @Parameter(schema = @Schema(ref = "Money")) String maxAmount,
                                  @QueryParam("q") @Parameter(description = "Text in counterparty, description or reference",
                                      schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String q,
                                  @QueryParam("cursor") @Parameter(description = "The `nextCursor` of the previous page, for the page after it in the same sort order and filters (keyset: deep pages cost no offset, entries added meanwhile do not shift it); `page` is then ignored",
                                      schema = @Schema(type = SchemaType.STRING, maxLength = 2000)) String cursor,
                                  @BeanParam PageQuery query) {
        PageRequest page = query.resolve(SORTABLE, "date,desc");
        List<FieldError> errors = new ArrayList<>();
        var criteria = new LedgerQueries.Criteria(
            parse("from", from, LocalDate::parse, errors), parse("to", to, LocalDate::parse, errors),
            parse("type", type, TransactionType::valueOf, errors), parse("status", status, TransactionStatus::valueOf, errors),
            parse("accountId", accountId, UUID::fromString, errors), parse("categoryId", categoryId, UUID::fromString, errors),
            parse("memberId", memberId, UUID::fromString, errors), parse("minAmount", minAmount, Money::parse, errors),
            parse("maxAmount", maxAmount, Money::parse, errors), q);
        if (q != null && q.length() > 200) {
            errors.add(new FieldError("q", "must be at most 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ListingCursor at = cursor == null || cursor.isBlank() ? null
            : ListingCursor.read(cursor.strip(), page.sortField(), page.ascending(), criteria);
        int pageNumber = at == null ? page.page() : at.page();
        var result = transactions.search(bookId, currentUser.id(), criteria, pageNumber, page.size(), page.sortField(),
            page.ascending(), at == null ? null : at.after());
        String next = result.last() == null ? null
            : ListingCursor.next(page.sortField(), page.ascending(), criteria, pageNumber, result.last());
        return new TransactionPage(result.items().stream().map(TransactionBody::of).toList(), pageNumber, page.size(),
            result.totalItems(), new Totals(result.income(), result.expense()), next);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTransaction", summary = "Get an entry",
        description = "With its compliance warnings; `ETag` header.")
    @APIResponseSchema(value = TransactionBody.class, responseCode = "200", responseDescription = "The entry; `ETag` header")
    public Response get(@PathParam("bookId") UUID bookId, @PathParam("id") UUID id) {
        return ok(TransactionBody.of(transactions.get(bookId, currentUser.id(), id)));
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateTransaction", summary = "Edit an entry",
        description = "A draft (own, or any as TREASURER) or a submitted entry (TREASURER); `If-Match` or `version` required. Absent fields keep their value; an explicit `null` clears an optional field.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
        schema = @Schema(implementation = EditTransactionBody.class)))
    @APIResponseSchema(value = TransactionBody.class, responseCode = "200", responseDescription = "The changed entry; `ETag` header")
    public Response edit(@PathParam("bookId") UUID bookId, @PathParam("id") UUID id,
                         @HeaderParam("If-Match") String ifMatch, JsonNode raw) throws JsonProcessingException {
        PatchBody<EditTransactionBody> patch = PatchBody.read(raw, EditTransactionBody.class, CLEARABLE, json);
        EditTransactionBody b = patch.body();
        return ok(TransactionBody.of(transactions.edit(bookId, currentUser.id(), id, ExpectedVersion.from(ifMatch, b.version()),
            b.command(patch.cleared()))));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteTransaction", summary = "Delete a draft",
        description = "Only drafts: any other status answers 409 (booked entries are reversed instead).")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("bookId") UUID bookId, @PathParam("id") UUID id) {
        transactions.delete(bookId, currentUser.id(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/submit")
    @Operation(operationId = "submitTransaction", summary = "Submit a draft for approval",
        description = "DRAFT to SUBMITTED.")
    @APIResponseSchema(value = TransactionBody.class, responseCode = "200", responseDescription = "The submitted entry; `ETag` header")
    public Response submit(@PathParam("bookId") UUID bookId, @PathParam("id") UUID id) {
        return ok(TransactionBody.of(transactions.submit(bookId, currentUser.id(), id)));
    }

    @POST
    @Path("/{id}/approve")
    @Operation(operationId = "approveTransaction", summary = "Approve a submitted entry",
        description = "A four-eyes breach (approving one's own entry where the book requires four eyes) answers 403.")
    @APIResponseSchema(value = TransactionBody.class, responseCode = "200", responseDescription = "The entry, APPROVED once it has all the approvals it needs; `ETag` header")
    public Response approve(@PathParam("bookId") UUID bookId, @PathParam("id") UUID id) {
        return ok(TransactionBody.of(transactions.approve(bookId, currentUser.id(), id)));
    }

    @POST
    @Path("/{id}/reject")
    @Operation(operationId = "rejectTransaction", summary = "Reject a submitted entry",
        description = "With a reason.")
    @APIResponseSchema(value = TransactionBody.class, responseCode = "200", responseDescription = "The rejected entry; `ETag` header")
    public Response reject(@PathParam("bookId") UUID bookId, @PathParam("id") UUID id, ReasonBody body) {
        return ok(TransactionBody.of(transactions.reject(bookId, currentUser.id(), id, body == null ? null : body.reason())));
    }

    @POST
    @Path("/{id}/rework")
    @Operation(operationId = "reworkTransaction", summary = "Rework a rejected entry",
        description = "Creates a new draft linked to the rejected entry (`reworkOf`).")
    @APIResponseSchema(value = TransactionBody.class, responseCode = "201", responseDescription = "The new draft; `ETag` header")
    public Response rework(@PathParam("bookId") UUID bookId, @PathParam("id") UUID id) {
        TransactionBody answer = TransactionBody.of(transactions.rework(bookId, currentUser.id(), id));
        return Response.status(201).entity(answer).header("ETag", ExpectedVersion.etag(answer.version())).build();
    }

    @POST
    @Path("/{id}/book")
    @Operation(operationId = "bookTransaction", summary = "Book an entry",
        description = "TREASURER or ADMIN; optionally on another account and date.")
    @APIResponseSchema(value = TransactionBody.class, responseCode = "200", responseDescription = "The booked entry; `ETag` header")
    public Response book(@PathParam("bookId") UUID bookId, @PathParam("id") UUID id, BookBody body) {
        return ok(TransactionBody.of(transactions.book(bookId, currentUser.id(), id,
            body == null ? null : body.accountId(), body == null ? null : body.date())));
    }

    @POST
    @Path("/{id}/reverse")
    @Operation(operationId = "reverseTransaction", summary = "Reverse a booked entry",
        description = "Creates a linked reversal entry (`reversalOf`) and answers it; the original links to it by `reversedBy`.")
    @APIResponseSchema(value = TransactionBody.class, responseCode = "201", responseDescription = "The reversal; `Location` and `ETag` headers")
    public Response reverse(@PathParam("bookId") UUID bookId, @PathParam("id") UUID id, ReasonBody body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        TransactionBody answer = TransactionBody.of(transactions.reverse(bookId, currentUser.id(), id, body.reason(), body.date()));
        return Response.created(URI.create("/api/v1/books/" + bookId + "/transactions/" + answer.id())).entity(answer)
            .header("ETag", ExpectedVersion.etag(answer.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getTransactionHistory", summary = "Get an entry's change history",
        description = "Every change: who, when, which fields, before and after.")
    public List<ChangeBody> history(@PathParam("bookId") UUID bookId, @PathParam("id") UUID id) {
        return transactions.history(bookId, currentUser.id(), id).stream().map(ChangeBody::of).toList();
    }

    private static Response ok(TransactionBody body) {
        return Response.ok(body).header("ETag", ExpectedVersion.etag(body.version())).build();
    }

    private static <T> T parse(String field, String value, Function<String, T> parser, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(new FieldError(field, "has an invalid value"));
            return null;
        } catch (RuntimeException e) {
            errors.add(new FieldError(field, "has an invalid value"));
            return null;
        }
    }
}
