package de.cet.books.application;

import de.cet.books.domain.Book;
import de.cet.books.domain.BookKind;
import de.cet.shared.money.Money;
import java.time.LocalDate;
import java.util.UUID;

/** A read-only view of a book and its settings, for other contexts (ledger rules, reports). */
public record BookSettings(UUID bookId, String name, BookKind kind, String currency, boolean requireApproval,
                           boolean fourEyes, Money dualApprovalAbove, boolean requireReceipt,
                           LocalDate electionDate, boolean repayUnspentPublicFunds, String locale, long version) {

    static BookSettings of(Book b) {
        return new BookSettings(b.id(), b.name(), b.kind(), b.currency(), b.requireApproval(), b.fourEyes(),
            b.dualApprovalAbove(), b.requireReceipt(), b.electionDate(), b.repayUnspentPublicFunds(), b.locale(), b.version());
    }
}
