package de.cet.importing.api;

import de.cet.importing.application.MailboxService;
import de.cet.importing.application.MailboxStore;
import de.cet.shared.access.CurrentUser;
import de.cet.shared.error.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** IMAP mailboxes of the instance (ADR 0022); instance administrators only. The password is write-only. */
@Path("/admin/mailboxes")
@RolesAllowed(CurrentUser.USER)
@Tag(name = "Mailboxes")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class MailboxResource {

    @Schema(name = "Mailbox", description = "A mailbox; the password is never answered, `passwordSet` says one is stored.")
    public record MailboxDto(UUID id, String name, String host, int port, boolean tls, String username, boolean passwordSet,
                             String folder, UUID bookId, UUID accountId,
                             @Schema(enumeration = {"BANK_ALERTS", "RECEIPTS"}) String purpose,
                             @Schema(enumeration = {"SPARKASSE", "DKB"}, nullable = true) String bankTemplate,
                             boolean enabled, Instant lastPollAt,
                             @Schema(enumeration = {"OK", "FAILED"}, nullable = true) String lastPollResult,
                             String lastPollError, Integer lastPollMails, long version) {
        static MailboxDto of(MailboxStore.Mailbox m) {
            return new MailboxDto(m.id(), m.name(), m.host(), m.port(), m.tls(), m.username(), m.passwordSealed() != null,
                m.folder(), m.bookId(), m.accountId(), m.purpose().name(),
                m.bankTemplate() == null ? null : m.bankTemplate().name(), m.enabled(), m.lastPollAt(), m.lastPollResult(),
                m.lastPollError(), m.lastPollMails(), m.version());
        }
    }

    @Schema(name = "MailboxInput", description = "On create: host, username, password, bookId and purpose are required; "
        + "accountId for BANK_ALERTS. On change: what is given replaces, an empty password keeps the stored one; `version` required.")
    public record MailboxInput(String name, String host, Integer port, Boolean tls, String username,
                               @Schema(writeOnly = true) String password, String folder, UUID bookId, UUID accountId,
                               @Schema(enumeration = {"BANK_ALERTS", "RECEIPTS"}) String purpose,
                               @Schema(description = "SPARKASSE, DKB, or empty: recognised from the mail") String bankTemplate,
                               Boolean enabled, Long version) {
        MailboxService.Input input() {
            return new MailboxService.Input(name, host, port, tls, username, password, folder, bookId, accountId, purpose,
                bankTemplate, enabled);
        }

        @Override
        public String toString() {
            return "MailboxInput[" + username + "@" + host + "]"; // never the password
        }
    }

    @Schema(name = "MailboxAttachment")
    public record AttachmentDto(int position, String fileName, UUID receiptId, String ignored) {}

    @Schema(name = "MailboxMail", description = "A mail fetched from the mailbox and what became of it.")
    public record MailDto(UUID id, long uidValidity, long uid, String sender, String subject, Instant sentAt,
                          @Schema(enumeration = {"BANK_LINES", "RECEIPTS", "NOTHING", "FAILED", "KNOWN"}) String outcome,
                          String reason, UUID importId, List<AttachmentDto> attachments, Instant processedAt) {
        static MailDto of(MailboxStore.Mail m) {
            return new MailDto(m.id(), m.uidValidity(), m.uid(), m.sender(), m.subject(), m.sentAt(), m.outcome().name(),
                m.reason(), m.importId(), m.attachments().stream()
                    .map(a -> new AttachmentDto(a.position(), a.fileName(), a.receiptId(), a.ignored())).toList(),
                m.processedAt());
        }
    }

    private final MailboxService mailboxes;

    MailboxResource(MailboxService mailboxes) {
        this.mailboxes = mailboxes;
    }

    @GET
    @Operation(operationId = "listMailboxes", summary = "List the IMAP mailboxes", description = "Instance administrators only.")
    public List<MailboxDto> list() {
        return mailboxes.list().stream().map(MailboxDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createMailbox", summary = "Add an IMAP mailbox",
        description = "Instance administrators only. The password is stored encrypted and never answered back.")
    @APIResponseSchema(value = MailboxDto.class, responseCode = "201", responseDescription = "The new mailbox")
    public Response create(MailboxInput body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required");
        }
        MailboxStore.Mailbox m = mailboxes.create(body.input());
        return Response.created(URI.create("admin/mailboxes/" + m.id())).entity(MailboxDto.of(m)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMailbox", summary = "A mailbox", description = "Instance administrators only.")
    public MailboxDto get(@PathParam("id") UUID id) {
        return MailboxDto.of(mailboxes.get(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeMailbox", summary = "Change a mailbox",
        description = "Instance administrators only. `version` required; an empty or missing password keeps the stored one.")
    public MailboxDto change(@PathParam("id") UUID id, MailboxInput body) {
        if (body == null || body.version() == null) {
            throw new InvalidInputException("version", "is required");
        }
        return MailboxDto.of(mailboxes.change(id, body.version(), body.input()));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteMailbox", summary = "Remove a mailbox",
        description = "Instance administrators only. Its mail records go with it; bank lines and receipts stay.")
    public Response delete(@PathParam("id") UUID id) {
        mailboxes.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/poll")
    @Operation(operationId = "pollMailbox", summary = "Poll a mailbox now",
        description = "Instance administrators only. Fetches new mails as the schedule would; the mailbox with the poll's result "
            + "(`lastPollResult`, `lastPollError`) — a refused connection or log-in is a FAILED result, not an error answer.")
    public MailboxDto poll(@PathParam("id") UUID id) {
        return MailboxDto.of(mailboxes.pollNow(id));
    }

    @GET
    @Path("{id}/mails")
    @Operation(operationId = "listMailboxMails", summary = "Recent mails of a mailbox",
        description = "Instance administrators only. The 50 latest processed mails with their outcome and reason.")
    public List<MailDto> mails(@PathParam("id") UUID id) {
        return mailboxes.mails(id).stream().map(MailDto::of).toList();
    }
}
