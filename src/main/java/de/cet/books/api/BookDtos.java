package de.cet.books.api;

import de.cet.books.application.BookService;
import de.cet.books.application.MembershipService;
import de.cet.books.domain.BookKind;
import de.cet.books.domain.BookRole;
import de.cet.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Request and response bodies of the books API. */
final class BookDtos {
    private BookDtos() {}

    record FirstPeriodBody(String name, LocalDate startDate, LocalDate endDate) {}

    record CreateBookBody(String name, BookKind kind, String currency, String locale, FirstPeriodBody firstPeriod) {}

    record BookBody(UUID id, String name, BookKind kind, String currency, boolean requireApproval, boolean fourEyes,
                    Money dualApprovalAbove, boolean requireReceipt, LocalDate electionDate,
                    boolean repayUnspentPublicFunds, String locale, long version, BookRole role, boolean signatory) {
        static BookBody of(BookService.MyBook b) {
            var s = b.book();
            return new BookBody(s.bookId(), s.name(), s.kind(), s.currency(), s.requireApproval(), s.fourEyes(),
                s.dualApprovalAbove(), s.requireReceipt(), s.electionDate(), s.repayUnspentPublicFunds(), s.locale(), s.version(), b.role(),
                b.signatory());
        }
    }

    record MemberBody(UUID userId, String displayName, String email, BookRole role, boolean signatory,
                      Instant joinedAt) {
        static MemberBody of(MembershipService.Member m) {
            return new MemberBody(m.userId(), m.displayName(), m.email(), m.role(), m.signatory(), m.joinedAt());
        }
    }

    record ChangeMemberBody(BookRole role, Boolean signatory) {}
}
