package de.cet.identity.api;

import de.cet.identity.api.AuthDtos.AdminPatchUserBody;
import de.cet.identity.api.AuthDtos.AdminUserAnswer;
import de.cet.identity.api.AuthDtos.EventAnswer;
import de.cet.identity.application.AdminUserService;
import de.cet.shared.access.CurrentUser;
import de.cet.shared.api.PageQuery;
import de.cet.shared.api.PageRequest;
import de.cet.shared.api.PageResponse;
import de.cet.shared.error.InvalidInputException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Admin")
@SecurityRequirement(name = "bearer")
public class AdminUserResource {

    private final AdminUserService users;
    private final CurrentUser currentUser;

    AdminUserResource(AdminUserService users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "listUsers", summary = "List all users",
        description = "Instance administrators only.")
    public PageResponse<AdminUserAnswer> list(@BeanParam PageQuery query) {
        currentUser.requireInstanceAdmin();
        PageRequest page = query.resolve(Set.of("createdAt"), "createdAt,asc");
        return PageResponse.of(users.users(page.offset(), page.size(), page.ascending()).stream().map(AdminUserAnswer::of).toList(), page,
            users.count());
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateUser", summary = "Disable or enable a user",
        description = "Instance administrators only. Disabling ends all of the user's sessions at once.")
    public AdminUserAnswer patch(@PathParam("id") UUID id, AdminPatchUserBody body, @Context HttpServerRequest request) {
        UUID admin = currentUser.requireInstanceAdmin();
        if (body == null || body.disabled() == null) {
            throw new InvalidInputException("disabled", "is required");
        }
        return AdminUserAnswer.of(users.setDisabled(admin, id, body.disabled(), Requests.client(request)));
    }

    @GET
    @Path("/{id}/security-events")
    @Operation(operationId = "listUserSecurityEvents", summary = "List a user's security events",
        description = "Instance administrators only; newest first.")
    public PageResponse<EventAnswer> events(@PathParam("id") UUID id, @BeanParam PageQuery query) {
        currentUser.requireInstanceAdmin();
        PageRequest page = query.resolve(Set.of("occurredAt"), "occurredAt,desc");
        var items = users.events(id, page.offset(), page.size()).stream().map(EventAnswer::of).toList();
        return PageResponse.of(items, page, users.countEvents(id));
    }
}
