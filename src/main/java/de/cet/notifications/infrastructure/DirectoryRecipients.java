package de.cet.notifications.infrastructure;

import de.cet.books.domain.Book;
import de.cet.books.domain.BookRepository;
import de.cet.books.domain.Membership;
import de.cet.identity.domain.IdentityRepository;
import de.cet.identity.domain.User;
import de.cet.notifications.application.Recipients;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Recipients as identity (users, administrators) and books (members, roles) know them. */
@ApplicationScoped
class DirectoryRecipients implements Recipients {

    private final IdentityRepository users;
    private final BookRepository books;

    DirectoryRecipients(IdentityRepository users, BookRepository books) {
        this.users = users;
        this.books = books;
    }

    @Override
    public Optional<Contact> contact(UUID userId) {
        return users.user(userId).filter(u -> !u.disabled())
            .map(u -> new Contact(u.id(), u.email(), u.displayName(), u.locale()));
    }

    @Override
    public List<UUID> members(UUID bookId) {
        return books.members(bookId).stream().map(Membership::userId).toList();
    }

    @Override
    public List<UUID> keepers(UUID bookId) {
        // BookRole decides who keeps the books (approves, books, closes periods): one rule, in books.
        return books.members(bookId).stream().filter(m -> m.role().keepsTheBooks()).map(Membership::userId).toList();
    }

    @Override
    public List<UUID> instanceAdmins() {
        return users.activeInstanceAdministrators().stream().map(User::id).toList();
    }

    @Override
    public String bookName(UUID bookId) {
        return books.find(bookId).map(Book::name).orElse(null);
    }
}
