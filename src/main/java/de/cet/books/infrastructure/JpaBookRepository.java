package de.cet.books.infrastructure;

import de.cet.books.domain.Book;
import de.cet.books.domain.BookRepository;
import de.cet.books.domain.BookRole;
import de.cet.books.domain.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class JpaBookRepository implements BookRepository {

    private final EntityManager em;

    JpaBookRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Book book) {
        em.persist(book);
    }

    @Override
    public Optional<Book> find(UUID id) {
        return Optional.ofNullable(em.find(Book.class, id));
    }

    @Override
    public Optional<Book> findForUpdate(UUID id) {
        return Optional.ofNullable(em.find(Book.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void addMembership(Membership membership) {
        em.persist(membership);
    }

    @Override
    public Optional<Membership> membership(UUID bookId, UUID userId) {
        return Optional.ofNullable(em.find(Membership.class, new Membership.Key(bookId, userId)));
    }

    @Override
    public List<Membership> members(UUID bookId) {
        return em.createQuery("from Membership m where m.bookId = :b order by m.joinedAt, m.userId", Membership.class)
            .setParameter("b", bookId).getResultList();
    }

    @Override
    public List<Membership> membershipsOf(UUID userId) {
        return em.createQuery("from Membership m where m.userId = :u order by m.joinedAt", Membership.class)
            .setParameter("u", userId).getResultList();
    }

    @Override
    public long countAdmins(UUID bookId) {
        return em.createQuery("select count(m) from Membership m where m.bookId = :b and m.role = :r", Long.class)
            .setParameter("b", bookId).setParameter("r", BookRole.ADMIN).getSingleResult();
    }

    @Override
    public void removeMembership(Membership membership) {
        em.remove(membership);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
