package de.cet.importing.api;

import de.cet.importing.api.ImportDtos.BankLineBody;
import de.cet.importing.api.ImportDtos.ProfileBody;
import de.cet.importing.api.ImportDtos.ProfileInput;
import de.cet.importing.api.ImportDtos.RuleBody;
import de.cet.importing.api.ImportDtos.RuleInput;
import de.cet.importing.application.ImportStore;
import de.cet.importing.application.ProfileService;
import de.cet.importing.application.RuleService;
import de.cet.shared.access.CurrentUser;
import de.cet.shared.concurrency.ExpectedVersion;
import de.cet.shared.error.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Categorisation rules of a book (ADR 0019). */
@Path("/books/{bookId}/rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Import")
@SecurityRequirement(name = "bearer")
public class RuleResource {

    private final RuleService rules;
    private final CurrentUser currentUser;

    RuleResource(RuleService rules, CurrentUser currentUser) {
        this.rules = rules;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "listRules", summary = "The book's rules", description = "ADMIN, TREASURER, AUDITOR. In the order they are tried: ascending priority, then name.")
    public List<RuleBody> list(@PathParam("bookId") UUID bookId) {
        return rules.list(bookId, currentUser.id()).stream().map(RuleBody::of).toList();
    }

    @POST
    @Operation(operationId = "createRule", summary = "Create a rule",
        description = "ADMIN or TREASURER. All conditions must hold; the first rule by priority (default 100) that holds sets its actions on a line. Text comparisons ignore case; `regex` is RE2 syntax (linear-time matching, found anywhere in the text).")
    @APIResponseSchema(value = RuleBody.class, responseCode = "201", responseDescription = "The rule")
    public Response create(@PathParam("bookId") UUID bookId, RuleInput b) {
        RuleBody body = RuleBody.of(rules.create(bookId, currentUser.id(), require(b)));
        return Response.created(URI.create("/api/v1/books/" + bookId + "/rules/" + body.id())).entity(body).build();
    }

    @PATCH
    @Path("/{ruleId}")
    @Operation(operationId = "replaceRule", summary = "Change a rule",
        description = "ADMIN or TREASURER. The whole rule as on create, with `version` (or `If-Match`); 412 when it changed meanwhile.")
    public RuleBody replace(@PathParam("bookId") UUID bookId, @PathParam("ruleId") UUID ruleId,
                            @HeaderParam("If-Match") String ifMatch, RuleInput b) {
        RuleInput in = require(b);
        return RuleBody.of(rules.replace(bookId, currentUser.id(), ruleId, ExpectedVersion.from(ifMatch, in.version()), in));
    }

    @DELETE
    @Path("/{ruleId}")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "deleteRule", summary = "Delete a rule", description = "ADMIN or TREASURER. Lines it categorised keep what it set.")
    public Response delete(@PathParam("bookId") UUID bookId, @PathParam("ruleId") UUID ruleId) {
        rules.delete(bookId, currentUser.id(), ruleId);
        return Response.noContent().build();
    }

    @POST
    @Path("/{ruleId}/test")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "testRule", summary = "Which open lines a rule touches", description = "ADMIN or TREASURER. Changes nothing.")
    public List<BankLineBody> test(@PathParam("bookId") UUID bookId, @PathParam("ruleId") UUID ruleId) {
        return lines(rules.test(bookId, currentUser.id(), ruleId));
    }

    @POST
    @Path("/test")
    @Operation(operationId = "testRuleDraft", summary = "Which open lines an unsaved rule would touch", description = "ADMIN or TREASURER. Changes nothing.")
    public List<BankLineBody> testDraft(@PathParam("bookId") UUID bookId, RuleInput b) {
        return lines(rules.testDraft(bookId, currentUser.id(), require(b)));
    }

    @POST
    @Path("/apply")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "applyRules", summary = "Apply the rules to the open lines", description = "ADMIN or TREASURER. Answers the lines whose rule changed.")
    public List<BankLineBody> apply(@PathParam("bookId") UUID bookId) {
        return lines(rules.apply(bookId, currentUser.id()));
    }

    private static RuleInput require(RuleInput b) {
        if (b == null) {
            throw new InvalidInputException("body", "is required");
        }
        return b;
    }

    private static List<BankLineBody> lines(List<ImportStore.Line> lines) {
        return lines.stream().map(l -> BankLineBody.of(l, List.of())).toList();
    }
}
