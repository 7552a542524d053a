package de.cet.ledger.domain.catalogue;

/** Flags of an official category: {@code review} (CET warns, local rules differ), {@code justify} (needs a written justification). */
public enum CategoryFlag {
    REVIEW("review"),
    JUSTIFY("justify");

    private final String wireName;

    CategoryFlag(String wireName) {
        this.wireName = wireName;
    }

    /** The lower-case name used in {@code GET /official-categories}. */
    public String wireName() {
        return wireName;
    }
}
