package de.cet.shared.api;

import jakarta.ws.rs.core.HttpHeaders;

/** The request id that {@link HttpEdge} assigns to every request (kept in the {@code X-Request-Id} header). */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";

    private RequestIds() {}

    public static String of(HttpHeaders headers) {
        return headers == null ? null : headers.getHeaderString(HEADER);
    }
}
