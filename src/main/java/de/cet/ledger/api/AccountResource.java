package de.cet.ledger.api;

import de.cet.ledger.api.LedgerDtos.AccountBalance;
import de.cet.ledger.api.LedgerDtos.AccountBody;
import de.cet.ledger.api.LedgerDtos.BalancesBody;
import de.cet.ledger.api.LedgerDtos.ChangeAccountBody;
import de.cet.ledger.api.LedgerDtos.CreateAccountBody;
import de.cet.ledger.application.AccountService;
import de.cet.ledger.domain.account.Fund;
import de.cet.shared.access.CurrentUser;
import de.cet.shared.api.PageQuery;
import de.cet.shared.api.PageRequest;
import de.cet.shared.api.PageResponse;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("/books/{bookId}/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Accounts")
@SecurityRequirement(name = "bearer")
public class AccountResource {

    private final AccountService accounts;
    private final CurrentUser currentUser;

    AccountResource(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @POST
    @Operation(operationId = "createAccount", summary = "Open an account",
        description = "ADMIN or TREASURER. A bank account, cash box or other money store of the book, with its fund and opening balance.")
    @APIResponseSchema(value = AccountBody.class, responseCode = "201", responseDescription = "The new account; `Location` and `ETag` headers")
    public Response create(@PathParam("bookId") UUID bookId, CreateAccountBody body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        AccountBody answer = AccountBody.of(accounts.create(bookId, currentUser.id(), new AccountService.NewAccount(
            body.name(), body.type(), body.fund(), body.iban(), body.openingBalance(), body.openingDate())));
        return Response.created(URI.create("/api/v1/books/" + bookId + "/accounts/" + answer.id())).entity(answer)
            .header("ETag", ExpectedVersion.etag(answer.version())).build();
    }

    @GET
    @Operation(operationId = "listAccounts", summary = "List the book's accounts",
        description = "With each balance at the end of `date` (default today).")
    public PageResponse<AccountBody> list(@PathParam("bookId") UUID bookId, @QueryParam("date") LocalDate date,
                                          @BeanParam PageQuery query) {
        PageRequest page = query.resolve(Set.of("name"), "name,asc");
        List<AccountBody> all = accounts.list(bookId, currentUser.id(), date).stream().map(AccountBody::of)
            .sorted(page.ascending() ? Comparator.comparing(AccountBody::name) : Comparator.comparing(AccountBody::name).reversed())
            .toList();
        return Slices.of(all, page);
    }

    @GET
    @Path("/{accountId}")
    @Operation(operationId = "getAccount", summary = "Get an account",
        description = "With its balance at the end of `date` (default today); `ETag` header.")
    @APIResponseSchema(value = AccountBody.class, responseCode = "200", responseDescription = "The account; `ETag` header")
    public Response get(@PathParam("bookId") UUID bookId, @PathParam("accountId") UUID accountId,
                        @QueryParam("date") LocalDate date) {
        AccountBody answer = AccountBody.of(accounts.get(bookId, currentUser.id(), accountId, date));
        return Response.ok(answer).header("ETag", ExpectedVersion.etag(answer.version())).build();
    }

    @PATCH
    @Path("/{accountId}")
    @Operation(operationId = "updateAccount", summary = "Change or archive an account",
        description = "ADMIN or TREASURER; `If-Match` or `version` required. Absent or null fields keep their value.")
    @APIResponseSchema(value = AccountBody.class, responseCode = "200", responseDescription = "The changed account; `ETag` header")
    public Response change(@PathParam("bookId") UUID bookId, @PathParam("accountId") UUID accountId,
                           @HeaderParam("If-Match") String ifMatch, ChangeAccountBody body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        AccountBody answer = AccountBody.of(accounts.change(bookId, currentUser.id(), accountId,
            ExpectedVersion.from(ifMatch, body.version()), new AccountService.AccountChange(body.name(), body.fund(),
                body.iban(), body.openingBalance(), body.openingDate(), body.archived())));
        return Response.ok(answer).header("ETag", ExpectedVersion.etag(answer.version())).build();
    }
}
