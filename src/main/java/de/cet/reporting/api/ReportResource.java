package de.cet.reporting.api;

import de.cet.ledger.application.LedgerQueries;
import de.cet.ledger.domain.transaction.TransactionStatus;
import de.cet.ledger.domain.transaction.TransactionType;
import de.cet.reporting.application.AuditPackages;
import de.cet.reporting.application.ExpenseReports;
import de.cet.reporting.application.TransparencyReports;
import de.cet.reporting.model.ExpenseReport;
import de.cet.reporting.render.ExpenseReportCsvRenderer;
import de.cet.reporting.render.ExpenseReportPdfRenderer;
import de.cet.shared.error.FieldError;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import de.cet.reporting.model.Fund;
import de.cet.reporting.model.ReportLanguage;
import de.cet.reporting.model.TransparencyReport;
import de.cet.reporting.render.TransparencyReportCsvRenderer;
import de.cet.reporting.render.TransparencyReportPdfRenderer;
import de.cet.shared.access.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/books/{bookId}")
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
public class ReportResource {

    /** {@code POST /books/{bookId}/periods/{id}/sign-off}: who has signed and whether the reports are final. */
    @Schema(name = "SignOffState")
    public record SignOffStateJson(UUID periodId, boolean draft, int requiredSignOffs,
                                   List<TransparencyReportJson.SignOffJson> signOffs) {}

    private final TransparencyReports transparency;
    private final AuditPackages auditPackages;
    private final ExpenseReports expenses;
    private final ExpenseReportCsvRenderer expenseCsv;
    private final ExpenseReportPdfRenderer expensePdf;
    private final TransparencyReportCsvRenderer transparencyCsv;
    private final TransparencyReportPdfRenderer transparencyPdf;
    private final CurrentUser currentUser;

    ReportResource(TransparencyReports transparency, TransparencyReportCsvRenderer transparencyCsv,
                   TransparencyReportPdfRenderer transparencyPdf, ExpenseReports expenses,
                   ExpenseReportCsvRenderer expenseCsv, ExpenseReportPdfRenderer expensePdf, AuditPackages auditPackages,
                   CurrentUser currentUser) {
        this.transparency = transparency;
        this.auditPackages = auditPackages;
        this.expenses = expenses;
        this.expenseCsv = expenseCsv;
        this.expensePdf = expensePdf;
        this.transparencyCsv = transparencyCsv;
        this.transparencyPdf = transparencyPdf;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/reports/transparency")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/pdf"})
    @Operation(operationId = "getTransparencyReport", summary = "Get the transparency report of a period",
        description = "Every member; one fund (`fund=PUBLIC` default, or `OWN`). `format=json` (default), `csv` or `pdf`; `lang=de` (default) or `en`. Draft until two signatories have signed the closed period.")
    @APIResponse(responseCode = "200", description = "The report in the requested format", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransparencyReportJson.class)),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response transparency(@PathParam("bookId") UUID bookId, @QueryParam("periodId") UUID periodId,
                                 @QueryParam("fund") @Parameter(description = "PUBLIC (default) or OWN", schema = @Schema(type = SchemaType.STRING, enumeration = {"PUBLIC", "OWN"}, defaultValue = "PUBLIC")) String fund, @QueryParam("format") @Parameter(description = "json (default), csv or pdf", schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "csv", "pdf"}, defaultValue = "json")) String format,
                                 @QueryParam("lang") @Parameter(description = "Language of labels and file names: de (default) or en", schema = @Schema(type = SchemaType.STRING, enumeration = {"de", "en"}, defaultValue = "de")) String lang) {
        ReportFormat f = ReportFormat.parse(format);
        Fund which = ReportFormat.fund(fund);
        ReportLanguage language = ReportFormat.language(lang);
        TransparencyReport report = transparency.report(bookId, currentUser.id(), periodId, which, language);
        if (f == ReportFormat.JSON) {
            return Response.ok(TransparencyReportJson.from(report), MediaType.APPLICATION_JSON).build();
        }
        String base = (language == ReportLanguage.DE ? "transparenzbericht-" : "transparency-report-")
            + report.period().name() + "-" + which.name().toLowerCase(java.util.Locale.ROOT);
        StreamingOutput body = f == ReportFormat.CSV
            ? out -> transparencyCsv.render(report, out)
            : out -> transparencyPdf.render(report, out);
        return Response.ok(body, f.mediaType)
            .header("Content-Disposition", ReportFormat.attachment(base, f))
            .header("X-Content-Type-Options", "nosniff")
            .build();
    }

    @GET
    @Path("/reports/expenses")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/pdf"})
    @Operation(operationId = "getExpenseReport", summary = "Get the expense report of a date range",
        description = "Every member. The filters of the transactions search; booked entries unless `status` is given; grouped by category with receipt numbers and subtotals. `format=json` (default), `csv` or `pdf`; `lang=de` (default) or `en`.")
    @APIResponse(responseCode = "200", description = "The report in the requested format", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpenseReportJson.class)),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response expenses(@PathParam("bookId") UUID bookId, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("type") String type,
                             @QueryParam("status") String status, @QueryParam("accountId") String accountId,
                             @QueryParam("categoryId") String categoryId, @QueryParam("memberId") String memberId,
                             @QueryParam("minAmount") String minAmount, @QueryParam("maxAmount") String maxAmount,
                             @QueryParam("q") String q, @QueryParam("format") @Parameter(description = "json (default), csv or pdf", schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "csv", "pdf"}, defaultValue = "json")) String format,
                             @QueryParam("lang") @Parameter(description = "Language of labels and file names: de (default) or en", schema = @Schema(type = SchemaType.STRING, enumeration = {"de", "en"}, defaultValue = "de")) String lang) {
        ReportFormat f = ReportFormat.parse(format);
        ReportLanguage language = ReportFormat.language(lang);
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
        ExpenseReport report = expenses.report(bookId, currentUser.id(), criteria, language);
        if (f == ReportFormat.JSON) {
            return Response.ok(ExpenseReportJson.from(report), MediaType.APPLICATION_JSON).build();
        }
        String base = (language == ReportLanguage.DE ? "ausgaben-" : "expenses-") + report.from() + "-" + report.to();
        StreamingOutput body = f == ReportFormat.CSV
            ? out -> expenseCsv.render(report, out)
            : out -> expensePdf.render(report, out);
        return Response.ok(body, f.mediaType)
            .header("Content-Disposition", ReportFormat.attachment(base, f))
            .header("X-Content-Type-Options", "nosniff")
            .build();
    }

    @GET
    @Path("/reports/audit-package")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadAuditPackage", summary = "Download the audit package of a period",
        description = "ADMIN, TREASURER or AUDITOR. A ZIP, streamed: the period's reports, its entries as CSV, the receipts and a SHA256SUMS file.")
    @APIResponse(responseCode = "200", description = "The ZIP archive",
        content = @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response auditPackage(@PathParam("bookId") UUID bookId, @QueryParam("periodId") UUID periodId,
                                 @QueryParam("lang") @Parameter(description = "Language of labels and file names: de (default) or en", schema = @Schema(type = SchemaType.STRING, enumeration = {"de", "en"}, defaultValue = "de")) String lang) {
        ReportLanguage language = ReportFormat.language(lang);
        AuditPackages.PreparedPackage prepared = auditPackages.prepare(bookId, currentUser.id(), periodId, language);
        StreamingOutput body = prepared::writeTo;
        String name = (language == ReportLanguage.DE ? "pruefpaket-" : "audit-package-") + prepared.periodName()
            + ".zip";
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(body, "application/zip")
            .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"")
            .header("X-Content-Type-Options", "nosniff")
            .build();
    }

    private static <T> T parse(String field, String value, Function<String, T> parser, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (RuntimeException e) {
            errors.add(new FieldError(field, "has an invalid value"));
            return null;
        }
    }

    @POST
    @Path("/periods/{periodId}/sign-off")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signOffPeriod", summary = "Sign a closed period's transparency report",
        description = "A signatory signs; two signatures make the report final (no longer a draft).")
    @Tag(name = "Periods")
    public SignOffStateJson signOff(@PathParam("bookId") UUID bookId, @PathParam("periodId") UUID periodId) {
        TransparencyReports.SignOffState state = transparency.signOff(bookId, currentUser.id(), periodId);
        return new SignOffStateJson(state.periodId(), state.draft(), TransparencyReport.REQUIRED_SIGN_OFFS,
            state.signOffs().stream()
                .map(s -> new TransparencyReportJson.SignOffJson(s.userId(), s.displayName(), s.signedAt())).toList());
    }

}
