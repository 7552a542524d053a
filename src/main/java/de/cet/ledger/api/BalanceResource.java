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

@Path("/books/{bookId}/balances")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Accounts")
@SecurityRequirement(name = "bearer")
public class BalanceResource {

    private final AccountService accounts;
    private final CurrentUser currentUser;

    BalanceResource(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "getBalances", summary = "Get the balances of a book",
        description = "Every account and each fund (PUBLIC, OWN) at the end of `date` (default today).")
    public BalancesBody balances(@PathParam("bookId") UUID bookId, @QueryParam("date") LocalDate date) {
        var b = accounts.balances(bookId, currentUser.id(), date);
        List<AccountBalance> list = b.accounts().entrySet().stream()
            .map(e -> new AccountBalance(e.getKey(), e.getValue()))
            .sorted(Comparator.comparing(x -> x.accountId().toString())).toList();
        return new BalancesBody(b.date(), list, b.funds().get(Fund.PUBLIC), b.funds().get(Fund.OWN),
            b.funds().get(Fund.PUBLIC).plus(b.funds().get(Fund.OWN)));
    }
}
