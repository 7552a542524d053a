package de.cet.ledger.domain.category;

import jakarta.persistence.*;

import de.cet.ledger.domain.catalogue.CategoryKind;
import de.cet.ledger.domain.catalogue.OfficialCatalogue;
import de.cet.ledger.domain.catalogue.OfficialCategory;
import de.cet.shared.error.ConflictException;
import de.cet.shared.error.InvalidInputException;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One of the book's own categories. Invariants: the official code exists in the catalogue and is of the
 * same kind; the colour is {@code #RRGGBB}; the parent (if any) is another category of the same book and
 * kind and the parent chain has no cycle; a category with transactions is archived, never deleted.
 */
@Entity
@Table(name = "ledger_category")
public class Category {

    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    public static final int MAX_NAME = 100;
    /** Enough for any emoji ZWJ sequence (family, flags with modifiers), little enough to stay an emoji. */
    public static final int MAX_EMOJI_CODE_POINTS = 16;

    @Id

    private UUID id;
    @Column(name = "book_id", nullable = false)
    private UUID bookId;
    @Column(name = "name", length = 100, nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 8, nullable = false)
    private CategoryKind kind;
    @Column(name = "official_code", length = 6, nullable = false)
    private String officialCode;
    @JdbcTypeCode(SqlTypes.CHAR) @Column(name = "color", length = 7, nullable = false)
    private String color;
    @Column(name = "emoji", length = 64)
    private String emoji;
    @Column(name = "parent_id")
    private UUID parentId;
    @Column(name = "archived", nullable = false)
    private boolean archived;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Category() {}

    private Category(UUID id, UUID bookId, String name, CategoryKind kind, String officialCode,
                     String color, String emoji) {
        this.id = Objects.requireNonNull(id, "id");
        this.bookId = Objects.requireNonNull(bookId, "bookId");
        this.name = validName(name);
        if (kind == null) {
            throw new InvalidInputException("kind", "is required");
        }
        this.kind = kind;
        this.color = validColor(color);
        this.emoji = validEmoji(emoji);
    }

    public static Category create(UUID id, UUID bookId, String name, CategoryKind kind, String officialCode,
                                  String color, String emoji, OfficialCatalogue catalogue) {
        Category category = new Category(id, bookId, name, kind, officialCode, color, emoji);
        category.remap(officialCode, catalogue);
        return category;
    }

    public void rename(String newName) {
        this.name = validName(newName);
    }

    public void restyle(String newColor, String newEmoji) {
        this.color = validColor(newColor);
        this.emoji = validEmoji(newEmoji);
    }

    /** Maps the category to another official code of the same kind. */
    public void remap(String code, OfficialCatalogue catalogue) {
        if (code == null) {
            throw new InvalidInputException("officialCode", "is required");
        }
        OfficialCategory official = catalogue.require(code);
        if (official.kind() != kind) {
            throw new InvalidInputException("officialCode", code + " is an " + official.kind()
                + " category but this category is " + kind);
        }
        this.officialCode = code;
    }

    /**
     * Puts the category under {@code newParentId} (null: top level). {@code bookCategories} are all
     * categories of the book by id; the parent must be among them, of the same kind, and must not be this
     * category or one of its descendants.
     */
    public void moveUnder(UUID newParentId, Map<UUID, Category> bookCategories) {
        if (newParentId == null) {
            this.parentId = null;
            return;
        }
        Category parent = bookCategories.get(newParentId);
        if (parent == null || !parent.bookId.equals(bookId)) {
            throw new InvalidInputException("parentId", "is not a category of this book");
        }
        if (parent.kind != kind) {
            throw new InvalidInputException("parentId", "must be a category of the same kind");
        }
        UUID cursor = newParentId;
        int steps = 0;
        while (cursor != null) {
            if (cursor.equals(id)) {
                throw new InvalidInputException("parentId", "would make the category its own ancestor");
            }
            Category next = bookCategories.get(cursor);
            cursor = next == null ? null : next.parentId;
            if (++steps > bookCategories.size()) {
                throw new IllegalStateException("existing category hierarchy has a cycle");
            }
        }
        this.parentId = newParentId;
    }

    public void archive() {
        this.archived = true;
    }

    public void unarchive() {
        this.archived = false;
    }

    /** Deleting is only for categories nothing refers to; the caller counts the references. */
    public void requireDeletable(long transactionCount, long childCount) {
        if (transactionCount > 0) {
            throw new ConflictException("category-in-use",
                "The category has transactions; archive it instead of deleting it.");
        }
        if (childCount > 0) {
            throw new ConflictException("category-in-use", "The category has sub-categories.");
        }
    }

    private static String validName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "must not be blank");
        }
        if (name.strip().length() > MAX_NAME) {
            throw new InvalidInputException("name", "must be at most " + MAX_NAME + " characters");
        }
        return name.strip();
    }

    /** A colour as categories (and budgets, which take their look) store it: #RRGGBB, upper case. */
    public static String validColor(String color) {
        if (color == null || !COLOR.matcher(color).matches()) {
            throw new InvalidInputException("color", "must be a colour like #1A2B3C");
        }
        return color.toUpperCase(java.util.Locale.ROOT);
    }

    /** A single emoji or nothing (null for empty), as categories and budgets keep it. */
    public static String validEmoji(String emoji) {
        if (emoji == null || emoji.isEmpty()) {
            return null;
        }
        if (emoji.isBlank() || emoji.codePointCount(0, emoji.length()) > MAX_EMOJI_CODE_POINTS
                || emoji.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("emoji", "must be a single emoji");
        }
        return emoji;
    }

    public UUID id() { return id; }
    public UUID bookId() { return bookId; }
    public String name() { return name; }
    public CategoryKind kind() { return kind; }
    public String officialCode() { return officialCode; }
    public String color() { return color; }
    public String emoji() { return emoji; }
    public UUID parentId() { return parentId; }
    public boolean archived() { return archived; }
    public long version() { return version; }
}
