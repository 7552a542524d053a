package de.cet.exporting.api;

import de.cet.exporting.application.DatevExports;
import de.cet.exporting.domain.SkrChart;
import de.cet.shared.access.CurrentUser;
import de.cet.shared.concurrency.ExpectedVersion;
import de.cet.shared.error.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/books/{bookId}")
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Exports")
@SecurityRequirement(name = "bearer")
public class DatevResource {

    static final String DATEV_MEDIA_TYPE = "text/csv;charset=windows-1252";

    private final DatevExports exports;
    private final CurrentUser currentUser;

    DatevResource(DatevExports exports, CurrentUser currentUser) {
        this.exports = exports;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/exports/datev")
    @Produces("text/csv")
    @Operation(operationId = "exportDatev", summary = "Download the DATEV Buchungsstapel of a period",
        description = "ADMIN, TREASURER or AUDITOR. DATEV-Format EXTF (header version 700, category 21 Buchungsstapel, "
            + "format version 13): the period's booked entries with the book's account mapping (`/settings/datev`), "
            + "Windows-1252, `;`, CRLF, file name `EXTF_Buchungsstapel_<from>_<to>.csv`.")
    @APIResponse(responseCode = "200", description = "The EXTF file", content = @Content(mediaType = "text/csv",
        schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@PathParam("bookId") UUID bookId, @QueryParam("periodId") UUID periodId) {
        DatevExports.DatevFile file = exports.export(bookId, currentUser.id(), periodId);
        return Response.ok(file.content(), DATEV_MEDIA_TYPE)
            .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
            .header("X-Content-Type-Options", "nosniff")
            .header("X-Bookings", file.bookings())
            .build();
    }

    @GET
    @Path("/settings/datev")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDatevSettings", summary = "Get the book's DATEV settings and account mapping",
        description = "ADMIN, TREASURER or AUDITOR; the `ETag` header carries the version for `If-Match`.")
    @APIResponseSchema(value = ExportingDtos.DatevSettingsView.class, responseDescription = "The settings; `ETag` header")
    public Response settings(@PathParam("bookId") UUID bookId) {
        ExportingDtos.DatevSettingsView view = ExportingDtos.DatevSettingsView.of(exports.settings(bookId, currentUser.id()));
        return Response.ok(view).header("ETag", ExpectedVersion.etag(view.version())).build();
    }

    @PUT
    @Path("/settings/datev")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeDatevSettings", summary = "Change the book's DATEV settings and account mapping",
        description = "ADMIN or TREASURER; `If-Match` or `version` required. Replaces chart, numbers and overrides.")
    @APIResponseSchema(value = ExportingDtos.DatevSettingsView.class, responseDescription = "The new settings; `ETag` header")
    public Response change(@PathParam("bookId") UUID bookId, @HeaderParam("If-Match") String ifMatch,
                           ExportingDtos.ChangeDatevSettings body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        SkrChart chart = null;
        if (body.chart() != null) {
            try {
                chart = SkrChart.valueOf(body.chart());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("chart", "must be SKR03 or SKR04");
            }
        }
        ExpectedVersion expected = ExpectedVersion.from(ifMatch, body.version());
        DatevExports.SettingsView view = exports.change(bookId, currentUser.id(), expected, new DatevExports.SettingsChange(
            chart, body.consultantNumber(), body.clientNumber(), body.memberAccount(),
            body.categories() == null ? Map.of() : body.categories(), body.accounts() == null ? Map.of() : body.accounts()));
        ExportingDtos.DatevSettingsView answer = ExportingDtos.DatevSettingsView.of(view);
        return Response.ok(answer).header("ETag", ExpectedVersion.etag(answer.version())).build();
    }
}
