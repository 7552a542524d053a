package de.cet.identity.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.cet.books.domain.BookRole;
import de.cet.identity.application.AccountService;
import de.cet.identity.application.AdminUserService;
import de.cet.identity.application.InvitationService;
import de.cet.identity.application.SessionService;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the identity API. */
final class AuthDtos {
    private AuthDtos() {}

    @Schema(name = "LoginRequest")
    record LoginBody(String email, String password) {}

    @Schema(name = "MfaLoginRequest")
    record MfaLoginBody(String mfaToken, String code) {}

    @Schema(name = "RefreshRequest")
    record RefreshBody(String refreshToken) {}

    @Schema(name = "PasswordResetRequest")
    record EmailBody(String email) {}

    @Schema(name = "EmailVerificationRequest")
    record TokenBody(String token) {}

    @Schema(name = "PasswordResetConfirmation")
    record ResetConfirmBody(String token, String newPassword) {}

    @Schema(name = "Tokens", description = "Either the tokens (`accessToken`, `refreshToken`, `tokenType`, `expiresIn`) or, when a second factor is needed, `mfaRequired` and `mfaToken`.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TokensAnswer(String accessToken, String refreshToken, String tokenType, Long expiresIn, Boolean mfaRequired,
                        String mfaToken, Boolean mfaEnrollmentRequired) {
        static TokensAnswer of(SessionService.Tokens t) {
            return new TokensAnswer(t.accessToken(), t.refreshToken(), "Bearer", t.expiresIn(), null, null,
                t.enrollmentOnly() ? Boolean.TRUE : null);
        }

        static TokensAnswer mfa(String mfaToken) {
            return new TokensAnswer(null, null, null, null, true, mfaToken, null);
        }
    }

    @Schema(name = "AcceptInvitationRequest", description = "A new account gives `displayName`, `password` and optionally `locale`; a signed-in invitee gives only `token`.")
    record AcceptBody(String token, String displayName, String password, String locale) {}

    @Schema(name = "UserId")
    record UserIdAnswer(UUID userId) {}

    @Schema(name = "InvitationPreview")
    record InvitationPreviewAnswer(String email, String bookName, BookRole role, boolean instanceAdmin, Instant expiresAt) {
        static InvitationPreviewAnswer of(InvitationService.InvitationPreview p) {
            return new InvitationPreviewAnswer(p.email(), p.bookName(), p.role(), p.instanceAdmin(), p.expiresAt());
        }
    }

    @Schema(name = "CreateInvitationRequest")
    record InviteBody(String email, BookRole role) {}

    @Schema(name = "Invitation")
    record InvitationAnswer(UUID id, String email, UUID bookId, BookRole role, Instant createdAt, Instant expiresAt) {
        static InvitationAnswer of(InvitationService.InvitationView v) {
            return new InvitationAnswer(v.id(), v.email(), v.bookId(), v.role(), v.createdAt(), v.expiresAt());
        }
    }

    @Schema(name = "Membership")
    record MembershipAnswer(UUID bookId, String bookName, BookRole role, boolean signatory) {}

    @Schema(name = "MyAccount")
    record MeAnswer(UUID id, String email, String displayName, String locale, boolean emailVerified, boolean mfaEnabled,
                    boolean instanceAdmin, List<MembershipAnswer> memberships) {
        static MeAnswer of(AccountService.Me me) {
            return new MeAnswer(me.id(), me.email(), me.displayName(), me.locale(), me.emailVerified(), me.mfaEnabled(),
                me.instanceAdmin(), me.memberships().stream()
                    .map(m -> new MembershipAnswer(m.bookId(), m.bookName(), m.role(), m.signatory())).toList());
        }
    }

    @Schema(name = "UpdateMeRequest", description = "Absent or null fields keep their value.")
    record PatchMeBody(String displayName, String locale) {}

    @Schema(name = "ChangePasswordRequest")
    record ChangePasswordBody(String currentPassword, String newPassword, Boolean endOtherSessions) {}

    @Schema(name = "ChangeEmailRequest")
    record ChangeEmailBody(String newEmail, String currentPassword) {}

    @Schema(name = "TotpEnrollment")
    record EnrollmentAnswer(String secret, String otpauthUri, String qrCodePng) {}

    @Schema(name = "TotpCodeRequest")
    record CodeBody(String code) {}

    @Schema(name = "RecoveryCodes")
    record RecoveryCodesAnswer(List<String> recoveryCodes) {}

    @Schema(name = "RemoveTotpRequest")
    record RemoveTotpBody(String password, String code) {}

    @Schema(name = "Session")
    record SessionAnswer(UUID id, Instant createdAt, Instant lastUsedAt, Instant expiresAt, String userAgent, String ip,
                         boolean current) {
        static SessionAnswer of(SessionService.SessionView s) {
            return new SessionAnswer(s.id(), s.createdAt(), s.lastUsedAt(), s.expiresAt(), s.userAgent(), s.ip(), s.current());
        }
    }

    @Schema(name = "SecurityEvent")
    record EventAnswer(UUID id, String type, Instant occurredAt, String ip, String detail) {
        static EventAnswer of(AccountService.EventView e) {
            return new EventAnswer(e.id(), e.type().name(), e.occurredAt(), e.ip(), e.detail());
        }
    }

    @Schema(name = "User")
    record AdminUserAnswer(UUID id, String email, String displayName, boolean instanceAdmin, boolean disabled,
                           boolean mfaEnabled, Instant createdAt) {
        static AdminUserAnswer of(AdminUserService.UserView u) {
            return new AdminUserAnswer(u.id(), u.email(), u.displayName(), u.instanceAdmin(), u.disabled(), u.mfaEnabled(),
                u.createdAt());
        }
    }

    @Schema(name = "UpdateUserRequest", description = "`disabled` is required.")
    record AdminPatchUserBody(Boolean disabled) {}
}
