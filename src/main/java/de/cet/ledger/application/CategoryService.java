package de.cet.ledger.application;

import de.cet.ledger.domain.catalogue.CategoryKind;
import de.cet.ledger.domain.catalogue.OfficialCatalogue;
import de.cet.ledger.domain.category.Category;
import de.cet.ledger.domain.category.CategoryRepository;
import de.cet.ledger.domain.common.Actor;
import de.cet.shared.concurrency.ExpectedVersion;
import de.cet.shared.error.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A book's categories, each mapped to a code of the official catalogue. */
@ApplicationScoped
public class CategoryService {

    public record NewCategory(String name, CategoryKind kind, String officialCode, String color, String emoji, UUID parentId) {}

    /** Fields to change; null keeps the current value ({@code clearParent} moves it to the top level). */
    public record CategoryChange(String name, String officialCode, String color, String emoji, UUID parentId,
                                 boolean clearParent, Boolean archived) {}

    private final LedgerAccess access;
    private final CategoryRepository categories;
    private final AuditTrail audit;

    CategoryService(LedgerAccess access, CategoryRepository categories, AuditTrail audit) {
        this.access = access;
        this.categories = categories;
        this.audit = audit;
    }

    public OfficialCatalogue catalogue() {
        return OfficialCatalogue.current();
    }

    @Transactional
    public Category create(UUID bookId, UUID userId, NewCategory in) {
        Actor actor = access.bookkeeper(bookId, userId);
        Category category = Category.create(UUID.randomUUID(), bookId, in.name(), in.kind(), in.officialCode(),
            in.color(), in.emoji(), OfficialCatalogue.current());
        if (in.parentId() != null) {
            category.moveUnder(in.parentId(), byId(bookId));
        }
        categories.save(category);
        audit.record(bookId, actor.userId(), "CATEGORY_CREATED", "Category", category.id(), Payloads.category(category));
        return category;
    }

    @Transactional
    public List<Category> list(UUID bookId, UUID userId) {
        access.actor(bookId, userId);
        return categories.ofBook(bookId);
    }

    @Transactional
    public Category get(UUID bookId, UUID userId, UUID categoryId) {
        access.actor(bookId, userId);
        return find(bookId, categoryId);
    }

    @Transactional
    public Category change(UUID bookId, UUID userId, UUID categoryId, ExpectedVersion expected, CategoryChange in) {
        Actor actor = access.bookkeeper(bookId, userId);
        Category category = find(bookId, categoryId);
        expected.check(category.version());
        if (in.name() != null) {
            category.rename(in.name());
        }
        if (in.officialCode() != null) {
            category.remap(in.officialCode(), OfficialCatalogue.current());
        }
        if (in.color() != null || in.emoji() != null) {
            category.restyle(in.color() != null ? in.color() : category.color(),
                in.emoji() != null ? in.emoji() : category.emoji());
        }
        if (in.clearParent()) {
            category.moveUnder(null, Map.of());
        } else if (in.parentId() != null) {
            category.moveUnder(in.parentId(), byId(bookId));
        }
        if (Boolean.TRUE.equals(in.archived())) {
            category.archive();
        } else if (Boolean.FALSE.equals(in.archived())) {
            category.unarchive();
        }
        categories.save(category);
        audit.record(bookId, actor.userId(), "CATEGORY_CHANGED", "Category", category.id(), Payloads.category(category));
        return category;
    }

    private Map<UUID, Category> byId(UUID bookId) {
        return categories.ofBook(bookId).stream().collect(Collectors.toMap(Category::id, Function.identity()));
    }

    private Category find(UUID bookId, UUID categoryId) {
        return categories.find(bookId, categoryId).orElseThrow(() -> new NotFoundException("category-not-found", "No such category."));
    }
}
