package de.cet.exporting.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cet.exporting.application.Publications;
import de.cet.reporting.api.TransparencyReportJson;
import de.cet.reporting.model.Fund;
import de.cet.reporting.model.ReportLanguage;
import de.cet.reporting.model.TransparencyReport;
import de.cet.reporting.render.ReportFormats;
import de.cet.reporting.render.ReportMessages;
import de.cet.shared.error.InvalidInputException;
import de.cet.shared.money.Money;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public transparency page of a book that publishes (no sign-in): its signed reports as JSON and as a
 * server-rendered HTML page. No member names but the signatories', no receipts, no counterparties, no
 * inventory items (only their total), no user ids. Cacheable by anyone: {@code Cache-Control: public} and an
 * ETag over the body, {@code If-None-Match} answers 304.
 */
@Path("/public/books/{slug}")
@PermitAll
@Tag(name = "Public page")
public class PublicPageResource {

    static final String CACHE_CONTROL = "public, max-age=300";

    @Schema(name = "PublicTransparency", description = "A book's published (signed) transparency reports, newest period first.")
    public record PublicBook(String bookName, String slug, String language, List<PublicReport> reports) {}

    @Schema(name = "PublicTransparencyReport")
    public record PublicReport(UUID periodId, TransparencyReportJson.Period period, @Schema(ref = "Fund") Fund fund,
                               Money openingBalance, List<TransparencyReportJson.Line> income,
                               List<TransparencyReportJson.Line> expenses, Money totalIncome, Money totalExpenses,
                               Money closingBalance, List<TransparencyReportJson.Balance> balanceLines,
                               Money inventoryTotal, String statementOfProperUse, List<PublicSignOff> signOffs) {}

    @Schema(name = "PublicSignOff")
    public record PublicSignOff(String displayName, Instant signedAt) {}

    private final Publications publications;
    private final ObjectMapper json;
    private final Template page;
    private final String css;
    private final String csp;

    PublicPageResource(Publications publications, ObjectMapper json, @Location("public/transparency.html") Template page) {
        this.publications = publications;
        this.json = json;
        this.page = page;
        this.css = resource("exporting/public-page.css");
        // The page's only style is inline, allowed by its hash: no script, nothing else from anywhere.
        this.csp = "default-src 'none'; style-src 'sha256-" + Base64.getEncoder().encodeToString(sha256(css))
            + "'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    }

    @GET
    @Path("/transparency")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPublicTransparency", summary = "Get a book's published transparency reports",
        description = "No sign-in. Only books whose admin switched the page on (otherwise 404, as for an unknown slug); "
            + "only reports of closed periods signed by the required signatories; `periodId` narrows to one period.")
    @APIResponseSchema(value = PublicBook.class, responseDescription = "The published reports; `ETag` and `Cache-Control` headers")
    public Response transparency(@PathParam("slug") String slug, @QueryParam("periodId") UUID periodId,
                                 @QueryParam("lang") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"de", "en"}, defaultValue = "de")) String lang,
                                 @HeaderParam("If-None-Match") String ifNoneMatch) {
        PublicBook book = publicBook(slug, periodId, language(lang));
        byte[] body;
        try {
            body = json.writeValueAsBytes(book);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the public report is always serialisable", e);
        }
        return cacheable(body, MediaType.APPLICATION_JSON, ifNoneMatch, null);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getPublicPage", summary = "Show a book's public transparency page (HTML)",
        description = "No sign-in. The same content as `/transparency`, as a page with a strict CSP (no script).")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.TEXT_HTML,
        schema = @Schema(type = SchemaType.STRING)))
    public Response page(@PathParam("slug") String slug, @QueryParam("periodId") UUID periodId,
                         @QueryParam("lang") @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"de", "en"}, defaultValue = "de")) String lang,
                         @HeaderParam("If-None-Match") String ifNoneMatch) {
        ReportLanguage language = language(lang);
        PublicBook book = publicBook(slug, periodId, language);
        String html = page.data("page", PageView.of(book, language)).data("css", css).render();
        return cacheable(html.getBytes(StandardCharsets.UTF_8), MediaType.TEXT_HTML + ";charset=UTF-8", ifNoneMatch, csp);
    }

    private PublicBook publicBook(String slug, UUID periodId, ReportLanguage language) {
        Publications.PublishedBook published = publications.published(slug, periodId, language);
        List<PublicReport> reports = published.reports().stream().map(r -> report(r.periodId(), r.report())).toList();
        return new PublicBook(published.bookName(), published.slug(), language.code(), reports);
    }

    private static PublicReport report(UUID periodId, TransparencyReport report) {
        TransparencyReportJson full = TransparencyReportJson.from(report);
        return new PublicReport(periodId, full.period(), full.fund(), full.openingBalance(), full.income(),
            full.expenses(), full.totalIncome(), full.totalExpenses(), full.closingBalance(), full.balanceLines(),
            full.inventoryTotal(), full.statementOfProperUse(),
            full.signOffs().stream().map(s -> new PublicSignOff(s.displayName(), s.signedAt())).toList());
    }

    private static Response cacheable(byte[] body, String type, String ifNoneMatch, String csp) {
        String etag = "\"" + HexFormat.of().formatHex(sha256(body), 0, 16) + "\"";
        Response.ResponseBuilder answer = ifNoneMatch != null && ifNoneMatch.contains(etag)
            ? Response.notModified() : Response.ok(body, type);
        answer.header("ETag", etag).header("Cache-Control", CACHE_CONTROL);
        if (csp != null) {
            answer.header("Content-Security-Policy", csp);
        }
        return answer.build();
    }

    private static ReportLanguage language(String lang) {
        if (lang == null || lang.equals("de")) {
            return ReportLanguage.DE;
        }
        if (lang.equals("en")) {
            return ReportLanguage.EN;
        }
        throw new InvalidInputException("lang", "must be de or en");
    }

    private static byte[] sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = PublicPageResource.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
