package de.cet.shared.api;

/** A validated page request: the application layer turns it into LIMIT/OFFSET and ORDER BY. */
public record PageRequest(int page, int size, String sortField, boolean ascending) {
    public int offset() {
        return page * size;
    }
}
