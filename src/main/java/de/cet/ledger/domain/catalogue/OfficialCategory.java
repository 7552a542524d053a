package de.cet.ledger.domain.catalogue;

import de.cet.ledger.domain.account.Fund;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One official category: a stable code ({@code EX-520}) that never changes meaning once released, its
 * German and English names, its kind and flags. The code's prefix and the kind always agree.
 */
public record OfficialCategory(String code, String nameDe, String nameEn, CategoryKind kind, Set<CategoryFlag> flags) {

    private static final Pattern CODE = Pattern.compile("(IN|EX)-\\d{3}");

    public OfficialCategory {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameDe, "nameDe");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(kind, "kind");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("official code must look like IN-100 or EX-100: " + code);
        }
        CategoryKind byPrefix = code.startsWith("IN-") ? CategoryKind.INCOME : CategoryKind.EXPENSE;
        if (byPrefix != kind) {
            throw new IllegalArgumentException(code + " is not of kind " + kind);
        }
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    public boolean review() {
        return flags.contains(CategoryFlag.REVIEW);
    }

    public boolean justify() {
        return flags.contains(CategoryFlag.JUSTIFY);
    }

    /**
     * The fund money of this category must sit in, when the category implies one: municipal grants
     * (IN-1xx) are public money; member contributions (IN-400) are own funds. Every other code may
     * appear in either fund — the catalogue lists the permitted uses of public money, so it has no
     * expense code that is "own funds only".
     */
    public Optional<Fund> impliedFund() {
        if (code.startsWith("IN-1")) {
            return Optional.of(Fund.PUBLIC);
        }
        if (code.equals(OfficialCatalogue.IN_400)) {
            return Optional.of(Fund.OWN);
        }
        return Optional.empty();
    }
}
