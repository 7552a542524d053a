package de.cet.notifications.api;

import de.cet.notifications.api.NotificationDtos.InboxAnswer;
import de.cet.notifications.api.NotificationDtos.KindPreference;
import de.cet.notifications.api.NotificationDtos.NotificationAnswer;
import de.cet.notifications.api.NotificationDtos.PreferencesBody;
import de.cet.notifications.api.NotificationDtos.ReadAllAnswer;
import de.cet.notifications.api.NotificationDtos.UnreadAnswer;
import de.cet.notifications.application.NotificationService;
import de.cet.notifications.domain.Channels;
import de.cet.notifications.domain.NotificationKind;
import de.cet.shared.access.CurrentUser;
import de.cet.shared.api.PageQuery;
import de.cet.shared.api.PageRequest;
import de.cet.shared.error.FieldError;
import de.cet.shared.error.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Notifications")
@SecurityRequirement(name = "bearer")
public class NotificationResource {

    private final NotificationService notifications;
    private final CurrentUser currentUser;

    NotificationResource(NotificationService notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/notifications")
    @Operation(operationId = "listNotifications", summary = "My inbox",
        description = "Newest first; `unread=true` lists the unread ones only. `unread` in the answer counts all unread.")
    public InboxAnswer inbox(@QueryParam("unread") Boolean unread, @BeanParam PageQuery query) {
        PageRequest page = query.resolve(Set.of("createdAt"), "createdAt,desc");
        var result = notifications.inbox(currentUser.id(), Boolean.TRUE.equals(unread), page.offset(), page.size());
        return new InboxAnswer(result.items().stream().map(NotificationAnswer::of).toList(), page.page(), page.size(),
            result.totalItems(), result.unread());
    }

    @GET
    @Path("/notifications/unread-count")
    @Operation(operationId = "countUnreadNotifications", summary = "How many of my notifications are unread",
        description = "What the bell shows.")
    public UnreadAnswer unread() {
        return new UnreadAnswer(notifications.unreadCount(currentUser.id()));
    }

    @POST
    @Path("/notifications/{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark one of my notifications read",
        description = "Marking a read one again keeps its first read time. Another user's notification is a 404.")
    public NotificationAnswer read(@PathParam("id") UUID id) {
        return NotificationAnswer.of(notifications.markRead(currentUser.id(), id));
    }

    @POST
    @Path("/notifications/read-all")
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark all my notifications read",
        description = "Answers how many were unread and are read now.")
    public ReadAllAnswer readAll() {
        return new ReadAllAnswer(notifications.markAllRead(currentUser.id()));
    }

    @GET
    @Path("/notification-preferences")
    @Operation(operationId = "getNotificationPreferences", summary = "My notification preferences",
        description = "Every kind with `email` and `inApp`, and the digest (NONE, DAILY, WEEKLY). SECURITY is always on.")
    public PreferencesBody preferences() {
        return PreferencesBody.of(notifications.preferences(currentUser.id()));
    }

    @PUT
    @Path("/notification-preferences")
    @Operation(operationId = "updateNotificationPreferences", summary = "Replace my notification preferences",
        description = "Kinds not listed go back to their default (mail and inbox). Switching SECURITY off, fully or by one "
            + "channel, is a 400; `alwaysOn` is read-only and ignored.")
    public PreferencesBody update(PreferencesBody body) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        if (body.kinds() == null) {
            errors.add(new FieldError("kinds", "is required"));
        }
        if (body.digest() == null) {
            errors.add(new FieldError("digest", "is required (NONE, DAILY or WEEKLY)"));
        }
        Map<NotificationKind, Channels> chosen = new EnumMap<>(NotificationKind.class);
        if (body.kinds() != null) {
            for (int i = 0; i < body.kinds().size(); i++) {
                KindPreference p = body.kinds().get(i);
                if (p == null || p.kind() == null) {
                    errors.add(new FieldError("kinds[" + i + "].kind", "is required"));
                } else if (p.email() == null || p.inApp() == null) {
                    errors.add(new FieldError("kinds[" + i + "]", "needs email and inApp"));
                } else if (chosen.put(p.kind(), NotificationDtos.channels(p)) != null) {
                    errors.add(new FieldError("kinds[" + i + "].kind", p.kind() + " is listed twice"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return PreferencesBody.of(notifications.updatePreferences(currentUser.id(), chosen, body.digest()));
    }
}
