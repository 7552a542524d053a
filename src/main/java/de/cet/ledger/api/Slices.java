package de.cet.ledger.api;

import de.cet.shared.api.PageRequest;
import de.cet.shared.api.PageResponse;
import java.util.List;

/** Pages of small lists that are loaded whole (a book has tens of accounts, periods, categories). */
final class Slices {
    private Slices() {}

    static <T> PageResponse<T> of(List<T> all, PageRequest page) {
        int from = Math.min(all.size(), page.offset());
        int to = Math.min(all.size(), from + page.size());
        return PageResponse.of(all.subList(from, to), page, all.size());
    }
}
