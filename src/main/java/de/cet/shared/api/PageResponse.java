package de.cet.shared.api;

import java.util.List;
import java.util.function.Function;

/** The envelope of every collection: {@code {"items": [...], "page": 0, "size": 50, "totalItems": 1234}}. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems) {
    public static <T> PageResponse<T> of(List<T> items, PageRequest request, long totalItems) {
        return new PageResponse<>(items, request.page(), request.size(), totalItems);
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
