package de.cet.identity.application;

/** Where a request comes from: the source address (after trusted proxy headers) and the user agent. */
public record ClientInfo(String ip, String userAgent) {
    public static final ClientInfo UNKNOWN = new ClientInfo("unknown", null);
}
