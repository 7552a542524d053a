package de.cet.identity.api;

import de.cet.identity.application.ClientInfo;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import java.util.UUID;

/** Reads the caller's source address (proxy headers already applied by Quarkus) and session. */
final class Requests {
    private Requests() {}

    static ClientInfo client(HttpServerRequest request) {
        if (request == null) {
            return ClientInfo.UNKNOWN;
        }
        String ip = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return new ClientInfo(ip, request.getHeader("User-Agent"));
    }

    static UUID sessionId(SecurityIdentity identity) {
        Object sid = identity == null ? null : identity.getAttribute("sid");
        return sid == null ? null : UUID.fromString(sid.toString());
    }
}
