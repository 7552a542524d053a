package de.cet.reporting.api;

import de.cet.budgeting.api.BudgetDtos;
import de.cet.reporting.application.Overviews;
import de.cet.reporting.model.Fund;
import de.cet.reporting.model.OfficialCategories;
import de.cet.reporting.model.ReportLanguage;
import de.cet.shared.access.CurrentUser;
import de.cet.shared.money.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/books/{bookId}/overview")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
public class OverviewResource {

    @Schema(name = "Overview")
    public record OverviewJson(UUID periodId, String periodName, LocalDate startDate, LocalDate endDate, LocalDate asOf,
                               List<AccountJson> accounts, Money publicFund, Money ownFund, List<MonthJson> months,
                               ApprovalsJson openApprovals, List<AdvanceJson> openAdvances,
                               List<ForecastJson> forecasts, Money unspentPublicMoney, String publicDisposition,
                               Money unspentPublicMoneyToRepay, List<BudgetDtos.BudgetStatusBody> budgets) {}

    @Schema(name = "OverviewAccount")
    public record AccountJson(UUID accountId, String name, String type, @Schema(ref = "Fund") Fund fund, boolean archived, Money balance) {}

    @Schema(name = "OverviewMonth")
    public record MonthJson(String month, String officialCode, String name, @Schema(ref = "Fund") Fund fund, Money amount) {}

    @Schema(name = "OverviewApprovals")
    public record ApprovalsJson(long count, List<ApprovalJson> items) {}

    @Schema(name = "OverviewApproval")
    public record ApprovalJson(UUID id, LocalDate date, String type, String status, Money amount, String counterparty,
                               String description) {}

    @Schema(name = "OverviewAdvance")
    public record AdvanceJson(UUID memberId, String displayName, Money amount) {}

    @Schema(name = "Forecast")
    public record ForecastJson(@Schema(ref = "Fund") Fund fund, Money openingBalance, Money accountsOpenedInPeriod,
                               Money currentBalance,
                               @Schema(description = "What recurring transactions will add (+) or take (−) after `asOf` up to the period's end; part of `projectedClosingBalance`") Money recurring,
                               Money projectedClosingBalance, long daysElapsed, long daysRemaining) {}

    private final Overviews overviews;
    private final CurrentUser currentUser;

    OverviewResource(Overviews overviews, CurrentUser currentUser) {
        this.overviews = overviews;
        this.currentUser = currentUser;
    }

    @GET
    // Large and secret-free (no token, no caller-chosen text beside one): compressed, see application.properties.
    @io.quarkus.vertx.http.Compressed
    @Operation(operationId = "getOverview", summary = "Get the dashboard overview of a book",
        description = "Every member: balances per account and fund, totals per category and month, open approvals, open advances, the forecast of the period-end balance (run-rate plus the recurring transactions still to come) and the public money to repay, and every budget's status on `asOf`.")
    public OverviewJson overview(@PathParam("bookId") UUID bookId, @QueryParam("periodId") UUID periodId,
                                 @QueryParam("lang") @Parameter(description = "Language of labels and file names: de (default) or en", schema = @Schema(type = SchemaType.STRING, enumeration = {"de", "en"}, defaultValue = "de")) String lang) {
        ReportLanguage language = ReportFormat.language(lang);
        Overviews.Overview o = overviews.overview(bookId, currentUser.id(), periodId);
        return new OverviewJson(o.period().id(), o.period().name(), o.period().start(), o.period().end(), o.asOf(),
            o.accounts().stream().map(a -> new AccountJson(a.accountId(), a.name(), a.type(), a.fund(), a.archived(),
                a.balance())).toList(),
            o.funds().get(Fund.PUBLIC), o.funds().get(Fund.OWN),
            o.months().stream().map(m -> new MonthJson(m.month(), m.officialCode(),
                OfficialCategories.name(m.officialCode(), language), m.fund(), m.amount())).toList(),
            new ApprovalsJson(o.openApprovals().count(), o.openApprovals().items().stream().map(i -> new ApprovalJson(
                i.id(), i.date(), i.type(), i.status(), i.amount(), i.counterparty(), i.description())).toList()),
            o.openAdvances().stream().map(a -> new AdvanceJson(a.memberId(), a.displayName(), a.amount())).toList(),
            o.forecasts().stream().map(f -> new ForecastJson(f.fund(), f.openingBalance(), f.accountsOpenedInPeriod(),
                f.currentBalance(), f.recurring(),
                f.projectedClosingBalance(), f.daysElapsed(), f.daysRemaining())).toList(),
            o.unspentPublicMoney(), o.publicDisposition().name(), o.unspentPublicMoneyToRepay(),
            o.budgets().stream().map(BudgetDtos.BudgetStatusBody::of).toList());
    }
}
