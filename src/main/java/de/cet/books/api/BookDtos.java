package de.cet.books.api;

import de.cet.books.application.BookService;
import de.cet.books.application.MembershipService;
import de.cet.books.domain.BookKind;
import de.cet.books.domain.BookRole;
import de.cet.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the books API. */
final class BookDtos {
    private BookDtos() {}

    @Schema(name = "FirstPeriod", description = "The book's first accounting period, created with it.")
    record FirstPeriodBody(String name, LocalDate startDate, LocalDate endDate) {}

    @Schema(name = "CreateBookRequest")
    record CreateBookBody(String name, BookKind kind, String currency, String locale, FirstPeriodBody firstPeriod) {}

    @Schema(name = "Book", description = "A book with its settings, and the caller's role and signatory flag in it.")
    record BookBody(UUID id, String name, BookKind kind, String currency, boolean requireApproval, boolean fourEyes,
                    @Schema(ref = "PositiveMoney") Money dualApprovalAbove, boolean requireReceipt, LocalDate electionDate,
                    boolean repayUnspentPublicFunds, String locale, long version, BookRole role, boolean signatory) {
        static BookBody of(BookService.MyBook b) {
            var s = b.book();
            return new BookBody(s.bookId(), s.name(), s.kind(), s.currency(), s.requireApproval(), s.fourEyes(),
                s.dualApprovalAbove(), s.requireReceipt(), s.electionDate(), s.repayUnspentPublicFunds(), s.locale(), s.version(), b.role(),
                b.signatory());
        }
    }

    @Schema(name = "Member")
    record MemberBody(UUID userId, String displayName, String email, BookRole role, boolean signatory,
                      Instant joinedAt) {
        static MemberBody of(MembershipService.Member m) {
            return new MemberBody(m.userId(), m.displayName(), m.email(), m.role(), m.signatory(), m.joinedAt());
        }
    }

    @Schema(name = "UpdateMemberRequest", description = "Absent or null fields keep their value.")
    record ChangeMemberBody(BookRole role, Boolean signatory) {}

    /** The body of {@code PATCH /books/{bookId}}, read through {@link de.cet.shared.api.PatchBody}. */
    @Schema(name = "UpdateBookRequest", description = "Absent fields keep their value; `null` clears "
        + "`dualApprovalAbove` and `electionDate` (the only optional settings). Needs `If-Match` or `version`.")
    record ChangeBookSchema(
        String name,
        Boolean requireApproval,
        Boolean fourEyes,
        @Schema(type = SchemaType.STRING, nullable = true, pattern = "^[0-9]{1,13}\\.[0-9]{2}$", examples = "500.00",
            description = "Entries above this amount need two approvals; `null` removes the threshold.")
        Money dualApprovalAbove,
        Boolean requireReceipt,
        @Schema(nullable = true, description = "Date of the next municipal election; `null` removes it.")
        LocalDate electionDate,
        Boolean repayUnspentPublicFunds,
        String locale,
        @Schema(description = "The version the change is based on, instead of `If-Match`.")
        Long version) {}
}
